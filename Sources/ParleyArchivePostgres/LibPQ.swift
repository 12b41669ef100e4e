import CLibpq
import ParleySystem

/// libpq's functions, looked up when PostgreSQL is first used rather than linked.
///
/// Linking libpq would load it and its twenty-odd dependencies (TLS, Kerberos, LDAP) at
/// every start, measured at 7 ms more before the dashboard's first frame; loaded on first use,
/// only an archive on a server pays for it.
struct LibPQ: @unchecked Sendable {
    // Sendable by hand: C function pointers, set once and never changed.
    typealias Conn = OpaquePointer
    typealias Result = OpaquePointer

    let connectdb: @convention(c) (UnsafePointer<CChar>?) -> Conn?
    let status: @convention(c) (Conn?) -> ConnStatusType
    let errorMessage: @convention(c) (Conn?) -> UnsafeMutablePointer<CChar>?
    let finish: @convention(c) (Conn?) -> Void
    let sendQueryParams: @convention(c) (Conn?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> Int32
    let isBusy: @convention(c) (Conn?) -> Int32
    let socket: @convention(c) (Conn?) -> Int32
    let consumeInput: @convention(c) (Conn?) -> Int32
    let getCancel: @convention(c) (Conn?) -> OpaquePointer?
    let cancel: @convention(c) (OpaquePointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32
    let freeCancel: @convention(c) (OpaquePointer?) -> Void
    let getResult: @convention(c) (Conn?) -> Result?
    let clear: @convention(c) (Result?) -> Void
    let exec: @convention(c) (Conn?, UnsafePointer<CChar>?) -> Result?
    let resultStatus: @convention(c) (Result?) -> ExecStatusType
    let putCopyData: @convention(c) (Conn?, UnsafePointer<CChar>?, Int32) -> Int32
    let putCopyEnd: @convention(c) (Conn?, UnsafePointer<CChar>?) -> Int32
    let resultErrorField: @convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?
    let resultErrorMessage: @convention(c) (Result?) -> UnsafeMutablePointer<CChar>?
    let ntuples: @convention(c) (Result?) -> Int32
    let getisnull: @convention(c) (Result?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (Result?, Int32, Int32) -> UnsafeMutablePointer<CChar>?

    /// libpq, loaded the first time it is asked for; why not, when it cannot be.
    static let loaded: Swift.Result<LibPQ, PostgresFailure> = load()

    private static func load() -> Swift.Result<LibPQ, PostgresFailure> {
        guard let library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL) else {
            return .failure(PostgresFailure(message: "PostgreSQL's client library libpq.so.5 cannot be loaded (Debian: apt-get install libpq5)"))
        }
        var missing: [String] = []
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let address = dlsym(library, name) else {
                missing.append(name)
                return nil
            }
            return unsafeBitCast(address, to: type)
        }
        guard
            let connectdb = symbol("PQconnectdb", as: (@convention(c) (UnsafePointer<CChar>?) -> Conn?).self),
            let status = symbol("PQstatus", as: (@convention(c) (Conn?) -> ConnStatusType).self),
            let errorMessage = symbol("PQerrorMessage", as: (@convention(c) (Conn?) -> UnsafeMutablePointer<CChar>?).self),
            let finish = symbol("PQfinish", as: (@convention(c) (Conn?) -> Void).self),
            let sendQueryParams = symbol("PQsendQueryParams", as: (@convention(c) (Conn?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> Int32).self),
            let isBusy = symbol("PQisBusy", as: (@convention(c) (Conn?) -> Int32).self),
            let socket = symbol("PQsocket", as: (@convention(c) (Conn?) -> Int32).self),
            let consumeInput = symbol("PQconsumeInput", as: (@convention(c) (Conn?) -> Int32).self),
            let getCancel = symbol("PQgetCancel", as: (@convention(c) (Conn?) -> OpaquePointer?).self),
            let cancel = symbol("PQcancel", as: (@convention(c) (OpaquePointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32).self),
            let freeCancel = symbol("PQfreeCancel", as: (@convention(c) (OpaquePointer?) -> Void).self),
            let getResult = symbol("PQgetResult", as: (@convention(c) (Conn?) -> Result?).self),
            let clear = symbol("PQclear", as: (@convention(c) (Result?) -> Void).self),
            let exec = symbol("PQexec", as: (@convention(c) (Conn?, UnsafePointer<CChar>?) -> Result?).self),
            let resultStatus = symbol("PQresultStatus", as: (@convention(c) (Result?) -> ExecStatusType).self),
            let putCopyData = symbol("PQputCopyData", as: (@convention(c) (Conn?, UnsafePointer<CChar>?, Int32) -> Int32).self),
            let putCopyEnd = symbol("PQputCopyEnd", as: (@convention(c) (Conn?, UnsafePointer<CChar>?) -> Int32).self),
            let resultErrorField = symbol("PQresultErrorField", as: (@convention(c) (Result?, Int32) -> UnsafeMutablePointer<CChar>?).self),
            let resultErrorMessage = symbol("PQresultErrorMessage", as: (@convention(c) (Result?) -> UnsafeMutablePointer<CChar>?).self),
            let ntuples = symbol("PQntuples", as: (@convention(c) (Result?) -> Int32).self),
            let getisnull = symbol("PQgetisnull", as: (@convention(c) (Result?, Int32, Int32) -> Int32).self),
            let getvalue = symbol("PQgetvalue", as: (@convention(c) (Result?, Int32, Int32) -> UnsafeMutablePointer<CChar>?).self)
        else {
            return .failure(PostgresFailure(message: "libpq.so.5 lacks \(missing.joined(separator: ", "))"))
        }
        return .success(LibPQ(
            connectdb: connectdb, status: status, errorMessage: errorMessage, finish: finish, sendQueryParams: sendQueryParams,
            isBusy: isBusy, socket: socket, consumeInput: consumeInput, getCancel: getCancel, cancel: cancel, freeCancel: freeCancel,
            getResult: getResult, clear: clear, exec: exec, resultStatus: resultStatus, putCopyData: putCopyData, putCopyEnd: putCopyEnd,
            resultErrorField: resultErrorField, resultErrorMessage: resultErrorMessage, ntuples: ntuples, getisnull: getisnull, getvalue: getvalue
        ))
    }
}
