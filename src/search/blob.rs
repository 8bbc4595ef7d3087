//! Large arrays of numbers stored as one block of little-endian bytes.
//!
//! Serde writes a `Vec<u32>` element by element, and reading it back
//! decodes every number apart: at 100,000 tools the index holds tens of
//! millions of them, and decoding them one by one was most of the time a
//! cached start took. As one block they are read with a copy and a
//! conversion per number.
//!
//! Use on a field: `#[serde(with = "blob")]` (`Vec<u32>`, `Vec<u64>`,
//! `Vec<f32>`, `Vec<bool>`).

use serde::de::{DeserializeSeed, Deserializer, Error, SeqAccess, Visitor};
use serde::ser::{SerializeSeq as _, Serializer};

/// A number stored in a fixed count of little-endian bytes.
pub(super) trait Element: Copy {
    const SIZE: usize;
    fn put(self, out: &mut Vec<u8>);
    fn take(bytes: &[u8]) -> Self;
}

impl Element for u32 {
    const SIZE: usize = 4;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(bytes: &[u8]) -> Self {
        let mut word = [0; 4];
        word.copy_from_slice(bytes);
        Self::from_le_bytes(word)
    }
}

impl Element for u64 {
    const SIZE: usize = 8;
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(bytes: &[u8]) -> Self {
        let mut word = [0; 8];
        word.copy_from_slice(bytes);
        Self::from_le_bytes(word)
    }
}

impl Element for f32 {
    const SIZE: usize = 4;
    fn put(self, out: &mut Vec<u8>) {
        self.to_bits().put(out);
    }
    fn take(bytes: &[u8]) -> Self {
        Self::from_bits(u32::take(bytes))
    }
}

impl Element for bool {
    const SIZE: usize = 1;
    fn put(self, out: &mut Vec<u8>) {
        out.push(u8::from(self));
    }
    fn take(bytes: &[u8]) -> Self {
        bytes.first().is_some_and(|&b| b != 0)
    }
}

/// Values per block: reading back converts one block at a time, so the
/// bytes of a whole array (tens of megabytes at 100,000 tools) are never
/// held beside the array itself.
const BLOCK: usize = 1 << 16;
/// A damaged count cannot make reading reserve more than this many values
/// (more are still read, growing the array as they come).
const MAX_RESERVE: u64 = 1 << 24;

pub(super) fn serialize<T: Element, S: Serializer>(
    values: &[T],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut seq = serializer.serialize_seq(Some(1 + values.len().div_ceil(BLOCK)))?;
    seq.serialize_element(&(values.len() as u64))?;
    let mut bytes = Vec::with_capacity(BLOCK.min(values.len()) * T::SIZE);
    for block in values.chunks(BLOCK) {
        bytes.clear();
        for &value in block {
            value.put(&mut bytes);
        }
        seq.serialize_element(&Bytes(&bytes))?;
    }
    seq.end()
}

/// Bytes written as one byte string (serde writes a `&[u8]` as a list of
/// numbers).
struct Bytes<'a>(&'a [u8]);

impl serde::Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

pub(super) fn deserialize<'de, T: Element, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    deserializer.deserialize_seq(Blocks(std::marker::PhantomData))
}

/// The count, then blocks of values.
struct Blocks<T>(std::marker::PhantomData<T>);

impl<'de, T: Element> Visitor<'de> for Blocks<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a count and blocks of {}-byte numbers", T::SIZE)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let count: u64 = seq
            .next_element()?
            .ok_or_else(|| A::Error::invalid_length(0, &self))?;
        let reserve = usize::try_from(count.min(MAX_RESERVE)).unwrap_or(0);
        let mut values = Vec::with_capacity(reserve);
        while let Some(block) = seq.next_element_seed(Block(&mut values))? {
            let () = block;
        }
        if values.len() as u64 != count {
            return Err(A::Error::invalid_length(values.len(), &self));
        }
        Ok(values)
    }
}

/// One block, appended to the values read so far.
struct Block<'a, T>(&'a mut Vec<T>);

impl<'de, T: Element> DeserializeSeed<'de> for Block<'_, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_bytes(self)
    }
}

impl<T: Element> Visitor<'_> for Block<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a block of {}-byte numbers", T::SIZE)
    }

    fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<(), E> {
        if !bytes.len().is_multiple_of(T::SIZE) {
            return Err(E::invalid_length(bytes.len(), &self));
        }
        self.0.extend(bytes.chunks_exact(T::SIZE).map(T::take));
        Ok(())
    }

    fn visit_byte_buf<E: Error>(self, bytes: Vec<u8>) -> Result<(), E> {
        self.visit_bytes(&bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::{BLOCK, Bytes};

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Arrays {
        #[serde(with = "super")]
        words: Vec<u32>,
        #[serde(with = "super")]
        wide: Vec<u64>,
        #[serde(with = "super")]
        real: Vec<f32>,
        #[serde(with = "super")]
        flags: Vec<bool>,
    }

    #[test]
    fn arrays_come_back_the_same() {
        let arrays = Arrays {
            // Over two blocks, the last one partly filled.
            words: (0..u32::try_from(BLOCK * 2 + 7).unwrap_or(0)).collect(),
            wide: vec![u64::MAX, 3],
            real: vec![0.5, -1.25, f32::MAX],
            flags: vec![true, false, true],
        };
        let bytes = rmp_serde::to_vec(&arrays).unwrap_or_default();
        let back: Option<Arrays> = rmp_serde::from_slice(&bytes).ok();
        assert_eq!(back, Some(arrays));
        let empty = Arrays {
            words: vec![],
            wide: vec![],
            real: vec![],
            flags: vec![],
        };
        let bytes = rmp_serde::to_vec(&empty).unwrap_or_default();
        assert_eq!(rmp_serde::from_slice::<Arrays>(&bytes).ok(), Some(empty));
    }

    #[derive(Debug, serde::Deserialize)]
    struct One(#[serde(with = "super")] Vec<u32>);

    /// A count and blocks, written by hand.
    struct Written<'a>(u64, &'a [&'a [u8]]);

    impl serde::Serialize for Written<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeSeq as _;
            let mut seq = serializer.serialize_seq(Some(1 + self.1.len()))?;
            seq.serialize_element(&self.0)?;
            for block in self.1 {
                seq.serialize_element(&Bytes(block))?;
            }
            seq.end()
        }
    }

    fn read(count: u64, blocks: &[&[u8]]) -> Option<Vec<u32>> {
        let bytes = rmp_serde::to_vec(&(Written(count, blocks),)).ok()?;
        rmp_serde::from_slice::<(One,)>(&bytes)
            .ok()
            .map(|(one,)| one.0)
    }

    #[test]
    fn a_damaged_block_or_count_is_refused() {
        assert_eq!(read(2, &[&[1, 0, 0, 0], &[2, 0, 0, 0]]), Some(vec![1, 2]));
        // A block that is not a whole number of values.
        assert_eq!(read(1, &[&[1, 2, 3]]), None);
        // A count that does not match the values, either way.
        assert_eq!(read(3, &[&[1, 0, 0, 0]]), None);
        assert_eq!(read(0, &[&[1, 0, 0, 0]]), None);
        assert_eq!(read(u64::MAX, &[&[1, 0, 0, 0]]), None);
        let bytes = rmp_serde::to_vec(&(Bytes(&[1, 0, 0, 0]),)).unwrap_or_default();
        assert!(rmp_serde::from_slice::<(One,)>(&bytes).is_err());
    }
}
