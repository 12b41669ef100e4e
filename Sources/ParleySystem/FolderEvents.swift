import Synchronization

/// What the kernel says happened in some folders (Linux's inotify), so that a desk of hundreds
/// of files is followed without looking at each of them several times a second.
///
/// It only says where to look: a file named here is then looked at as before (`FileWatch`),
/// which decides whether a save has settled. Where the system has no such thing, or it
/// refuses (too many watches), `FolderEvents.open()` is nil and every file is looked at.
public final class FolderEvents: Sendable {
    /// What happened since the last look.
    public struct News: Equatable, Sendable {
        /// The paths named by the kernel: files written, created, removed or renamed.
        public var paths: Set<String> = []
        /// True when a folder itself was added, removed or renamed, or the kernel lost count
        /// (its queue overflowed): then everything is to be looked at again.
        public var lostTrack = false

        public init(paths: Set<String> = [], lostTrack: Bool = false) {
            self.paths = paths
            self.lostTrack = lostTrack
        }
    }

    private let descriptor: Int32
    /// The folder of each watch, by the kernel's number for it.
    private let folders = Mutex<[Int32: String]>([:])

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// A new, empty set of watches; nil where the kernel offers none.
    public static func open() -> FolderEvents? {
        #if os(Linux)
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            return descriptor < 0 ? nil : FolderEvents(descriptor: descriptor)
        #else
            return nil
        #endif
    }

    /// Watches `folder` (again, harmlessly, when it is watched already); false when the kernel refuses.
    @discardableResult
    public func watch(_ folder: String) -> Bool {
        #if os(Linux)
            let mask =
                UInt32(IN_MODIFY) | UInt32(IN_ATTRIB) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE) | UInt32(IN_DELETE)
                | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
            let watch = inotify_add_watch(descriptor, folder, mask)
            guard watch >= 0 else { return false }
            folders.withLock { $0[watch] = folder }
            return true
        #else
            return false
        #endif
    }

    /// Everything the kernel has said since the last call; never waits.
    public func drain() -> News {
        var news = News()
        #if os(Linux)
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                record(buffer.prefix(count), into: &news)
            }
        #endif
        return news
    }

    /// The path of the file `name` in `folder`, written as the desk's files are: "week.yaml"
    /// in ".", "desk/week.yaml" in "desk", "/week.yaml" in "/".
    public static func path(of name: String, in folder: String) -> String {
        if folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    #if os(Linux)
        /// Reads the `inotify_event` records in `bytes`: a fixed header, then a name padded with zeros.
        private func record(_ bytes: ArraySlice<UInt8>, into news: inout News) {
            let header = MemoryLayout<inotify_event>.size
            let known = folders.withLock { $0 }
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset + header <= raw.count {
                    let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + header)..<min(raw.count, offset + header + length)]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset += header + length
                    let folderGone = UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_IGNORED)
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 || mask & folderGone != 0 || mask & UInt32(IN_ISDIR) != 0 {
                        news.lostTrack = true
                    }
                    if let folder = known[watch], !name.isEmpty { news.paths.insert(Self.path(of: name, in: folder)) }
                }
            }
        }
    #endif
}
