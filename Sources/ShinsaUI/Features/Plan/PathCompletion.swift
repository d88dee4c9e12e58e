/// Completes a path typed in the evidence prompt from the entries of its folder.
enum PathCompletion {
  /// The folder part (with its last "/") and the name being typed: "docs/ev" is
  /// ("docs/", "ev"), "ev" is ("", "ev").
  static func split(_ typed: String) -> (folder: String, name: String) {
    guard let slash = typed.lastIndex(of: "/") else { return ("", typed) }
    return (String(typed[...slash]), String(typed[typed.index(after: slash)...]))
  }

  /// `typed` completed as far as the matching entries agree (a single folder gets its "/"),
  /// and the names that match. Hidden entries match only a name that starts with ".".
  static func complete(_ typed: String, entries: [PathEntry]) -> (text: String, matches: [String]) {
    let (folder, name) = split(typed)
    let matches = entries.filter {
      $0.name.hasPrefix(name) && (name.hasPrefix(".") || !$0.name.hasPrefix("."))
    }.sorted { $0.name < $1.name }
    guard let first = matches.first else { return (typed, []) }
    if matches.count == 1 {
      return (folder + first.name + (first.isFolder ? "/" : ""), [first.name])
    }
    var common = Array(first.name)
    for entry in matches.dropFirst() {
      let other = Array(entry.name)
      var length = 0
      while length < min(common.count, other.count), common[length] == other[length] {
        length += 1
      }
      common = Array(common.prefix(length))
    }
    let names = matches.map { $0.name + ($0.isFolder ? "/" : "") }
    return (folder + String(common), names)
  }
}
