/// A key press (or paste) as the UI sees it, independent of the terminal library.
public enum Key: Sendable, Equatable, Hashable {
  /// A printable character (including Japanese input).
  case char(Character)
  /// Ctrl plus a letter, lower-case ("a" for Ctrl-A).
  case ctrl(Character)
  /// Alt (Meta) plus a character.
  case alt(Character)
  case up, down, left, right
  case enter, escape, tab, backTab, backspace, delete
  case home, end, pageUp, pageDown
  /// A function key F1–F12.
  case function(Int)
  /// Text delivered by bracketed paste, as one event.
  case paste(String)
  /// A click or a turn of the wheel (only sent while the mouse is switched on).
  case mouse(MouseEvent)

  /// How the key is written in help and hints ("Ctrl-S", "↑", "Enter").
  public var label: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let character): return String(character)
    case .ctrl(let character): return "Ctrl-" + String(character).uppercased()
    case .alt(let character): return "Alt-" + String(character)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .function(let number): return "F\(number)"
    case .paste: return "paste"
    case .mouse(let event):
      switch event.kind {
      case .press: return "click"
      case .wheelUp: return "wheel up"
      case .wheelDown: return "wheel down"
      }
    }
  }
}
