/*
 * bcryptprimitives.dll for the tests under Wine only (make test-windows);
 * never shipped. Go 1.24 and later call ProcessPrng from this DLL at start;
 * Windows 10 and 11 have it, Wine 8 does not, and the program dies before
 * main. This one exports ProcessPrng on top of advapi32's
 * SystemFunction036 (RtlGenRandom), which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
