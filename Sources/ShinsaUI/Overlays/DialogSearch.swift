import Foundation
import ShinsaCore

/// What the open scrolling dialog is narrowed or searched by: the help's filter (typing
/// narrows the keys) and the why dialog's `/` search and folded notice. Reset whenever another
/// dialog opens (``keepDialogText(_:rebuild:)``).
public struct DialogSearch: Sendable, Equatable {
  /// The dialog this belongs to.
  var kind: DialogKind?
  /// The help's filter, or the why search being typed.
  public var field = TextField("", limit: 100)
  /// Whether the why search is being typed (`/` until Enter or Esc).
  public var typing = false
  /// The why dialog's last search.
  public var query = ""
  /// The line of the current match.
  public var match: Int?
  /// The last search found nothing.
  public var noMatch = false
  /// The why dialog shows the rulebook's notice in full rather than its first sentence.
  public var expanded = false

  /// What the dialog's lines depend on besides width and language.
  var variant: String { "\(expanded)|" + (kind == .help ? field.text : "") }
}

/// The text of a styled line, for searching.
func plainText(_ line: StyledLine) -> String { line.map(\.text).joined() }

/// The first line at or after `start` (before it when `forward` is false) holding `query`,
/// going round the end; nil when no line does.
func findLine(_ lines: [StyledLine], _ query: String, from start: Int, forward: Bool) -> Int? {
  guard !query.isEmpty, !lines.isEmpty else { return nil }
  let count = lines.count
  for step in 0..<count {
    let index = ((forward ? start + step : start - step) % count + count) % count
    if plainText(lines[index]).range(of: query, options: .caseInsensitive) != nil {
      return index
    }
  }
  return nil
}

/// The lines holding `query`.
func matchingLines(_ lines: [StyledLine], _ query: String) -> [Int] {
  guard !query.isEmpty else { return [] }
  return lines.indices.filter {
    plainText(lines[$0]).range(of: query, options: .caseInsensitive) != nil
  }
}

/// `line` with every occurrence of `query` in the selection style.
func highlighted(_ line: StyledLine, _ query: String) -> StyledLine {
  guard !query.isEmpty else { return line }
  var out: StyledLine = []
  for segment in line {
    var rest = Substring(segment.text)
    while let range = rest.range(of: query, options: .caseInsensitive) {
      if range.lowerBound > rest.startIndex {
        out.append(Segment(String(rest[..<range.lowerBound]), segment.role))
      }
      out.append(Segment(String(rest[range]), .selection))
      rest = rest[range.upperBound...]
    }
    if !rest.isEmpty { out.append(Segment(String(rest), segment.role)) }
  }
  return out
}

/// Keys while the why search is typed: Enter searches from the top of the page, Esc stops
/// typing and keeps the search, anything else edits it.
func handleSearchTyping(_ state: inout AppState, scroll: Int, _ key: Key) -> Int {
  switch Keymap.command(for: key, in: .search) {
  case .accept?:
    state.dialogSearch.typing = false
    state.dialogSearch.query = state.dialogSearch.field.text
    return search(&state, from: scroll, forward: true) ?? scroll
  case .keep?:
    state.dialogSearch.typing = false
    state.dialogSearch.query = state.dialogSearch.field.text
  default:
    _ = state.dialogSearch.field.handle(key)
  }
  return scroll
}

/// Moves the why search to the next (or previous) line holding the query from line `start`;
/// returns the line to scroll to, or nil with the "no match" notice set.
func search(_ state: inout AppState, from start: Int, forward: Bool) -> Int? {
  let query = state.dialogSearch.query
  guard !query.isEmpty else {
    state.dialogSearch.match = nil
    state.dialogSearch.noMatch = false
    return nil
  }
  let found = findLine(dialogLines(state, .why), query, from: start, forward: forward)
  state.dialogSearch.match = found
  state.dialogSearch.noMatch = found == nil
  return found
}

/// The line under the why dialog's frame: the search being typed, where the matches are, or
/// that there is none.
func searchFooter(_ state: AppState, lines: [StyledLine]) -> String? {
  let search = state.dialogSearch
  if search.typing { return "/" + search.field.text }
  guard !search.query.isEmpty else { return nil }
  if search.noMatch {
    return state.t("no match for “\(search.query)”", "「\(search.query)」は見つかりません")
  }
  let matches = matchingLines(lines, search.query)
  let position = search.match.flatMap { matches.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
  return state.t(
    "“\(search.query)” \(position)/\(matches.count) · n/N",
    "「\(search.query)」\(position)/\(matches.count) · n/N")
}
