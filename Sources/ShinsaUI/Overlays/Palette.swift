import Foundation
import ShinsaCore

/// The command palette's state: the filter typed and the highlighted command.
public struct PaletteState: Sendable, Equatable {
  public var filter = TextField("", limit: 100)
  public var cursor = 0

  /// An empty palette.
  public init() {}
}

/// One command the palette offers: a keymap row and the pane it works in, if it is a pane's.
public struct PaletteEntry: Sendable {
  public var binding: Binding
  /// The pane to switch to before running it (nil: it works where the user is).
  public var pane: Pane?

  /// The name in `language`, with the pane's name for a pane's own command.
  public func name(_ language: Language) -> String {
    let help = binding.help.text(language)
    guard let pane else { return help }
    return pane.title.text(language) + (language == .en ? ": " : "：") + help
  }

  /// The keys as help writes them ("Enter e").
  public var keys: String { binding.keys.map(\.label).joined(separator: " ") }

  /// Whether the English or Japanese name, a key or the command's id holds `needle`.
  func matches(_ needle: String) -> Bool { rank(needle) != nil }

  /// How well `needle` matches, best first: 0 a name starts with it, 1 a name holds it, 2 a
  /// key or the command's id does; nil no match.
  func rank(_ needle: String) -> Int? {
    guard !needle.isEmpty else { return 0 }
    func holds(_ text: String) -> Range<String.Index>? {
      text.range(of: needle, options: [.caseInsensitive, .widthInsensitive])
    }
    let names = [binding.help.text(.en), binding.help.text(.ja)]
    if names.contains(where: { holds($0)?.lowerBound == $0.startIndex }) { return 0 }
    if ([name(.en), name(.ja)]).contains(where: { holds($0) != nil }) { return 1 }
    let other = [binding.command.rawValue] + binding.keys.map(\.label)
    return other.contains { holds($0) != nil } ? 2 : nil
  }
}

/// Every command of the current screen, generated from the keymap: on the workbench the current
/// pane's, those of every pane, then the workbench's and those that work everywhere; in the
/// browser its own and those that work everywhere. The palette itself is left out.
public func paletteEntries(_ state: AppState) -> [PaletteEntry] {
  var entries: [PaletteEntry] = []
  func add(_ context: KeyContext, pane: Pane?) {
    for binding in Keymap.bindings where binding.context == context && binding.command != .palette {
      // A key a nearer context takes over (Esc in the browser) is not this command there.
      guard Keymap.command(for: binding.keys[0], in: context) == binding.command else { continue }
      entries.append(PaletteEntry(binding: binding, pane: pane))
    }
  }
  switch state.screen {
  case .browser:
    add(.browser, pane: nil)
    for binding in Keymap.bindings(for: .browser) where binding.context == .everywhere {
      if binding.command != .palette { entries.append(PaletteEntry(binding: binding, pane: nil)) }
    }
  case .workbench:
    let current = state.workbench?.pane ?? .interview
    var seen: Set<KeyContext> = []
    for pane in [current] + Pane.allCases.filter({ $0 != current }) {
      let context = Keymap.context(for: pane)
      guard seen.insert(context).inserted else { continue }
      add(context, pane: pane)
    }
    for binding in Keymap.bindings(for: .workbench) where binding.command != .palette {
      entries.append(PaletteEntry(binding: binding, pane: nil))
    }
  }
  return entries
}

/// The palette's entries matching its filter.
func paletteMatches(_ state: AppState, _ palette: PaletteState) -> [PaletteEntry] {
  let needle = palette.filter.text
  // Best matches first; the palette's own order within a rank.
  return paletteEntries(state).enumerated()
    .compactMap { index, entry in entry.rank(needle).map { (rank: $0, index: index, entry: entry) }
    }
    .sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }
    .map(\.entry)
}

/// Keys in the palette: ↑↓ choose, Enter runs the command as its key would (switching to its
/// pane first), Esc clears the filter and then closes; typing filters.
func handlePaletteKey(_ state: inout AppState, _ palette: PaletteState, _ key: Key) -> [Effect] {
  var palette = palette
  let entries = paletteMatches(state, palette)
  switch Keymap.command(for: key, in: .palette) {
  case .cancel?:
    guard !palette.filter.text.isEmpty else {
      state.overlay = nil
      return []
    }
    palette = PaletteState()
  case .up?: palette.cursor = max(0, palette.cursor - 1)
  case .down?: palette.cursor = min(max(0, entries.count - 1), palette.cursor + 1)
  case .accept?:
    state.overlay = nil
    guard entries.indices.contains(palette.cursor) else { return [] }
    return runPaletteEntry(&state, entries[palette.cursor])
  default:
    if palette.filter.handle(key) { palette.cursor = 0 }
  }
  state.overlay = .palette(palette)
  return []
}

/// Runs `entry` through the same path as its key: to its pane first, then the key itself.
func runPaletteEntry(_ state: inout AppState, _ entry: PaletteEntry) -> [Effect] {
  if let pane = entry.pane, var workbench = state.workbench, workbench.pane != pane {
    workbench.pane = pane
    state.workbench = workbench
  }
  return update(&state, .key(entry.binding.keys[0]))
}

/// Draws the palette: the filter, then the matching commands with their keys, the name in the
/// current language and, when it fits, in the other.
func renderPalette(
  _ state: AppState, _ palette: PaletteState, _ frame: inout Frame, left: Int, width: Int
) {
  let entries = paletteMatches(state, palette)
  let height = frame.height - 4
  // Blank what is behind it so nothing of the pane peeks out at the sides.
  for row in 1..<(frame.height - 1) { frame.fill(row: row, role: .text) }
  frame.box(
    top: 2, left: left, width: width, height: height,
    title: state.t("Commands — Enter runs", "コマンド — Enterで実行"))
  frame.markDialog(top: 2, left: left, width: width, height: height)
  let x = frame.put(state.t("Filter: ", "絞り込み: "), row: 3, column: left + 2, role: .muted)
  let shown = palette.filter.visible(width: width - (x - left) - 3)
  frame.put(shown.text, row: 3, column: x, role: .text)
  frame.cursor = CursorPosition(row: 3, column: x + shown.cursorColumn)
  let capacity = height - 4
  guard !entries.isEmpty else {
    frame.put(
      DisplayWidth.truncate(
        state.t(
          "No command matches “\(palette.filter.text)”.", "「\(palette.filter.text)」に一致するコマンドはありません。"
        ),
        to: width - 4), row: 5, column: left + 2, role: .muted)
    return
  }
  let first = max(0, min(palette.cursor - capacity / 2, entries.count - capacity))
  let keyColumn = 14
  let other: Language = state.language == .en ? .ja : .en
  var row = 5
  for (index, entry) in entries.enumerated().dropFirst(first).prefix(capacity) {
    let selected = index == palette.cursor
    if selected { frame.fill(row: row, role: .selection, from: left + 1, to: left + width - 1) }
    frame.mark(.dialogRow(index), row: row, from: left + 1, to: left + width - 1)
    let limit = left + width - 2
    let keys = DisplayWidth.truncate(entry.keys, to: keyColumn - 1)
    frame.put(
      (selected ? "▸ " : "  ") + keys, row: row, column: left + 2,
      role: selected ? .selection : .key)
    var end = left + 4 + keyColumn
    let name = entry.name(state.language)
    end = frame.draw(
      [Segment(name, selected ? .selection : .text)], row: row, column: end, limit: limit)
    let second = "  " + entry.name(other)
    if end + DisplayWidth.of(second) <= limit {
      frame.put(second, row: row, column: end, role: selected ? .selection : .muted)
    }
    row += 1
  }
  if entries.count > capacity {
    let more = " \(palette.cursor + 1)/\(entries.count) "
    frame.put(
      more, row: 2 + height - 1, column: left + width - DisplayWidth.of(more) - 2, role: .muted)
  }
}
