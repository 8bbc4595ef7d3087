/* A stand-in for Windows' bcryptprimitives.dll, for the Wine run in CI
 * only (never shipped). Rust's standard library (1.78 and later) asks
 * this DLL for random bytes through ProcessPrng, which Debian 12's Wine
 * (8.0) does not provide; Wine does provide RtlGenRandom
 * (advapi32!SystemFunction036), the same system generator. */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!RtlGenRandom(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
