import Foundation
import ShinsaCore
import ShinsaUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the editor's file could not be made.
struct ExternalEditFailure: Error {
  var message: String
}

/// Runs the user's editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a private temporary copy
/// of a draft and reads the text back.
enum ExternalEditor {
  /// The editor command line the environment asks for.
  static func command() -> String {
    let environment = ProcessInfo.processInfo.environment
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
        return value
      }
    }
    return "vi"
  }

  /// Writes `text` to a new private temporary file (in a `shinsa-edit-` folder of its own)
  /// for the editor: the file's path, or why it could not be made (worded in `interface`).
  static func prepare(_ text: String, name: String, interface: Language) -> Result<
    String, ExternalEditFailure
  > {
    let base =
      ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/shinsa-edit-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let start = buffer.baseAddress, mkdtemp(start) != nil else { return nil }
      return String(cString: start)
    }
    guard let folder = made else {
      let code = errno
      let english =
        "shinsa could not make a temporary folder in \(base) for the editor: \(String(cString: strerror(code)))"
      return .failure(
        ExternalEditFailure(
          message: FileFailure(
            task: .editExternally, file: base, problem: FileProblem(errno: code), english: english
          ).text(interface)))
    }
    let file = folder + "/" + name + ".txt"
    do {
      try AtomicFile.write(
        Array((text.isEmpty ? "" : text + "\n").utf8), to: file, keepBackup: false)
    } catch {
      ExternalEditFile.remove(file)
      return .failure(
        ExternalEditFailure(message: FileFailure(task: .editExternally, error).text(interface)))
    }
    return .success(file)
  }

  /// Runs the editor on `file` (made by ``prepare(_:name:interface:)``) and reads the text
  /// back, a failure worded in `interface`; the caller has already given the terminal up.
  /// The file is left in place: the caller removes it once the text is saved, so a kill in
  /// between loses nothing.
  static func edit(file: String, interface: Language) -> ExternalEditResult {
    func t(_ en: String, _ ja: String) -> String { interface == .en ? en : ja }
    let editor = command()
    let status = run(["/bin/sh", "-c", editor + " \"$1\"", "sh", file])
    guard status == 0 else {
      return .failed(
        status < 0
          ? t(
            "shinsa could not start the editor \"\(editor)\"; set VISUAL or EDITOR. The field was not changed.",
            "エディタ「\(editor)」を起動できません。VISUAL か EDITOR を設定してください。項目は変更していません。")
          : t(
            "The editor \"\(editor)\" exited with status \(status); the field was not changed.",
            "エディタ「\(editor)」が終了ステータス \(status) で終わりました。項目は変更していません。"))
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      return .failed(
        t(
          "shinsa could not read the edited text back from \(file); the field was not changed.",
          "編集した文章を \(FilePaths.name(of: file)) から読み戻せません。項目は変更していません。"))
    }
    guard let edited = String(data: data, encoding: .utf8) else {
      return .failed(
        t(
          "The edited text is not UTF-8; the field was not changed.",
          "編集した文章が UTF-8 ではありません。項目は変更していません。"))
    }
    return .text(edited)
  }

  /// Spawns `arguments` with default SIGINT/SIGQUIT handling and waits; the exit status, or -1.
  private static func run(_ arguments: [String]) -> Int32 {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGPIPE] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    var pid = pid_t()
    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    let result = posix_spawn(&pid, arguments[0], nil, &attributes, cArguments, environ)
    guard result == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return -1 }
    }
    // WIFEXITED / WEXITSTATUS by hand: Swift does not import the macros.
    if status & 0x7F == 0 { return (status >> 8) & 0xFF }
    return 128 + (status & 0x7F)
  }
}
