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

use serde::de::{Deserializer, Error, Visitor};
use serde::ser::Serializer;

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

pub(super) fn serialize<T: Element, S: Serializer>(
    values: &[T],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut bytes = Vec::with_capacity(values.len() * T::SIZE);
    for &value in values {
        value.put(&mut bytes);
    }
    serializer.serialize_bytes(&bytes)
}

pub(super) fn deserialize<'de, T: Element, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    deserializer.deserialize_bytes(Block(std::marker::PhantomData))
}

struct Block<T>(std::marker::PhantomData<T>);

impl<T: Element> Visitor<'_> for Block<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a block of {}-byte numbers", T::SIZE)
    }

    fn visit_bytes<E: Error>(self, bytes: &[u8]) -> Result<Vec<T>, E> {
        if !bytes.len().is_multiple_of(T::SIZE) {
            return Err(E::invalid_length(bytes.len(), &self));
        }
        Ok(bytes.chunks_exact(T::SIZE).map(T::take).collect())
    }

    fn visit_byte_buf<E: Error>(self, bytes: Vec<u8>) -> Result<Vec<T>, E> {
        self.visit_bytes(&bytes)
    }
}

#[cfg(test)]
mod tests {
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
            words: vec![0, 1, u32::MAX, 70_000],
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

    #[test]
    fn a_block_of_the_wrong_length_is_refused() {
        let bytes = rmp_serde::to_vec(&(serde_bytes_like(&[1, 2, 3]),)).unwrap_or_default();
        let read = rmp_serde::from_slice::<(One,)>(&bytes);
        assert!(read.is_err(), "{read:?}");
        let bytes = rmp_serde::to_vec(&(serde_bytes_like(&[1, 0, 0, 0]),)).unwrap_or_default();
        let read = rmp_serde::from_slice::<(One,)>(&bytes).ok();
        assert_eq!(read.map(|(one,)| one.0), Some(vec![1]));
    }

    /// Three bytes written as a byte block.
    fn serde_bytes_like(bytes: &[u8]) -> Raw {
        Raw(bytes.to_vec())
    }

    struct Raw(Vec<u8>);

    impl serde::Serialize for Raw {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(&self.0)
        }
    }
}
