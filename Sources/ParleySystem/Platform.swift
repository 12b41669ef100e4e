// The C library, imported once for every target that calls it: importing ParleySystem
// brings open, read, stat, errno and the rest, on Linux and on macOS alike.
#if canImport(Glibc)
    @_exported import Glibc
#elseif canImport(Darwin)
    @_exported import Darwin
#endif
