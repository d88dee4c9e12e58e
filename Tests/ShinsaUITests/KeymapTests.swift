import Testing

@testable import ShinsaCore
@testable import ShinsaUI

@Suite struct KeymapTests {
  /// The contexts a screen can be in (global bindings apply inside each of them).
  private static let screens: [KeyContext] = [.browser, .interview, .pane, .disclosure, .sandbox]

  @Test func everyCommandIsBound() {
    let bound = Set(Keymap.bindings.map(\.command))
    let unbound = Command.allCases.filter { !bound.contains($0) }
    #expect(unbound.isEmpty, "commands without a key: \(unbound)")
  }

  @Test func everyBindingHasKeysAndHelpInBothLanguages() {
    for binding in Keymap.bindings {
      #expect(!binding.keys.isEmpty, "\(binding.command)")
      #expect(!binding.help.en.isEmpty && !binding.help.ja.isEmpty, "\(binding.command)")
      if let hint = binding.hint {
        #expect(!hint.en.isEmpty && !hint.ja.isEmpty, "\(binding.command)")
      }
    }
  }

  @Test(arguments: KeyContext.allCases)
  func noKeyIsBoundTwiceInAContext(context: KeyContext) {
    let keys = Keymap.bindings.filter { $0.context == context }.flatMap(\.keys)
    let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
    #expect(repeated.isEmpty, "\(context): \(repeated.map(\.label))")
  }

  @Test(arguments: screens)
  func noKeyIsListedTwiceInAScreensBindings(context: KeyContext) {
    let keys = Keymap.bindings(for: context).flatMap(\.keys)
    let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
    #expect(repeated.isEmpty, "\(context): \(repeated.map(\.label))")
  }

  @Test(arguments: screens)
  func everyListedKeyDoesWhatItsBindingSays(context: KeyContext) {
    for binding in Keymap.bindings(for: context) {
      for key in binding.keys {
        #expect(
          Keymap.command(for: key, in: context) == binding.command, "\(context) \(key.label)")
      }
    }
  }

  @Test func contextBindingsWinOverGlobalOnes() {
    for binding in Keymap.bindings {
      for key in binding.keys {
        #expect(Keymap.command(for: key, in: binding.context) == binding.command, "\(key.label)")
      }
    }
    #expect(Keymap.command(for: .enter, in: .interview) == .confirm)
    #expect(Keymap.command(for: .enter, in: .browser) == .open)
    #expect(Keymap.command(for: .enter, in: .pane) == nil)
    #expect(Keymap.command(for: .enter, in: .everywhere) == nil)
    #expect(Keymap.command(for: .enter, in: .workbench) == nil)
    #expect(Keymap.command(for: .char("l"), in: .interview) == .forward)
    #expect(Keymap.command(for: .char("l"), in: .pane) == nil)
    #expect(Keymap.command(for: .char("L"), in: .interview) == .language)
    #expect(Keymap.command(for: .char("d"), in: .browser) == .duplicate)
    #expect(Keymap.command(for: .char("D"), in: .browser) == .demo)
    #expect(Keymap.command(for: .char("d"), in: .interview) == nil)
  }

  @Test func everywhereAndWorkbenchBindingsWorkOnThePanes() {
    for binding in Keymap.bindings where [.everywhere, .workbench].contains(binding.context) {
      for key in binding.keys {
        #expect(Keymap.command(for: key, in: .pane) == binding.command, "\(key.label)")
        #expect(Keymap.command(for: key, in: .interview) == binding.command, "\(key.label)")
      }
    }
  }

  @Test func workbenchOnlyCommandsAreOffInTheBrowser() {
    let workbenchOnly: [Key] = [
      .char("1"), .char("2"), .char("3"), .char("4"), .char("5"), .tab, .backTab, .char("w"),
      .char("x"), .ctrl("s"),
    ]
    for key in workbenchOnly {
      #expect(Keymap.command(for: key, in: .browser) == nil, "\(key.label)")
    }
    for (key, command) in [
      (Key.up, Command.up), (.char("j"), .down), (.pageDown, .pageDown), (.char("?"), .help),
      (.char("q"), .quit), (.char("L"), .language), (.escape, .cancel),
    ] {
      #expect(Keymap.command(for: key, in: .browser) == command, "\(key.label)")
    }
  }

  @Test(arguments: screens)
  func hintsIncludeHelpAndQuit(context: KeyContext) {
    for language in Language.allCases {
      let hints = Keymap.hints(for: context, language: language)
      #expect(
        hints.contains { $0.keys == "?" && $0.text == language.pick("help", "ヘルプ") },
        "\(context) \(language)")
      #expect(
        hints.contains { $0.keys == "q" && $0.text == language.pick("quit", "終了") },
        "\(context) \(language)")
    }
  }

  @Test func hintsJoinKeysWithSlashes() {
    let hints = Keymap.hints(for: .interview, language: .en)
    // The context's own bindings come first, then the global ones.
    #expect(hints.first.map { "\($0.keys) \($0.text)" } == "←/h back")
    #expect(hints.contains { $0.keys == "↑/k" && $0.text == "move" })
    #expect(hints.contains { $0.keys == "←/h" && $0.text == "back" })
    #expect(hints.contains { $0.keys == "Enter" && $0.text == "answer" })
    let browser = Keymap.hints(for: .browser, language: .ja)
    #expect(browser.contains { $0.keys == "Enter" && $0.text == "開く" })
    // The language hint names the other language.
    #expect(browser.contains { $0.keys == "L" && $0.text == "English" })
  }

  /// Opens the help overlay in `context` and returns its lines as plain text.
  private func helpText(_ context: KeyContext, _ language: Language) -> [String] {
    var state: AppState
    switch context {
    case .browser: state = UI.browser(projects: UI.twoProjects, language: language)
    case .pane:
      state = UI.workbench(language: language)
      UI.press(&state, "2")
    case .disclosure:
      state = UI.workbench(language: language)
      UI.press(&state, "3")
    case .sandbox:
      state = UI.sandboxWorkbench(language: language)
      UI.press(&state, "4")
    default: state = UI.workbench(language: language)
    }
    return helpLines(state, width: 96).map { $0.map(\.text).joined() }
  }

  @Test(arguments: screens)
  func helpListsEveryBindingOfTheContextInTableOrder(context: KeyContext) {
    for language in Language.allCases {
      let lines = helpText(context, language)
      let bindings = Keymap.bindings(for: context)
      #expect(lines.count > bindings.count)
      for (line, binding) in zip(lines, bindings) {
        let keys = binding.keys.map(\.label).joined(separator: " ")
        #expect(line.hasPrefix(keys + " "), "\(line)")
        #expect(line.hasSuffix(" " + binding.help.text(language)), "\(line)")
      }
      // The line after the bindings is blank: nothing else is listed as a key.
      #expect(lines.count > bindings.count && lines[bindings.count].isEmpty)
    }
  }

  @Test func helpLeavesOutWhatTheContextCannotDo() {
    let browser = helpText(.browser, .en).joined(separator: "\n")
    #expect(!browser.contains("Interview pane"))
    #expect(!browser.contains("save now"))
    #expect(!browser.contains("edit the note"))
    #expect(browser.contains("open the demo project"))
    let pane = helpText(.pane, .en).joined(separator: "\n")
    #expect(!pane.contains("answer and go on"))
    #expect(!pane.contains("duplicate"))
    #expect(pane.contains("Report pane"))
    let interview = helpText(.interview, .en).joined(separator: "\n")
    #expect(interview.contains("cycle confidence"))
    #expect(!interview.contains("archive"))
  }

  @Test func helpSaysTheTierIsNotStatutory() {
    #expect(helpText(.interview, .en).joined(separator: " ").contains("not a statutory category"))
    #expect(helpText(.interview, .ja).joined().contains("法令上の区分ではありません"))
  }

  @Test func keyLabels() {
    let labels: [(Key, String)] = [
      (.char(" "), "Space"), (.char("q"), "q"), (.ctrl("s"), "Ctrl-S"), (.alt("b"), "Alt-b"),
      (.up, "↑"), (.down, "↓"), (.left, "←"), (.right, "→"), (.enter, "Enter"), (.escape, "Esc"),
      (.tab, "Tab"), (.backTab, "Shift-Tab"), (.backspace, "Backspace"), (.delete, "Delete"),
      (.home, "Home"), (.end, "End"), (.pageUp, "PgUp"), (.pageDown, "PgDn"),
      (.function(5), "F5"), (.paste("x"), "paste"),
    ]
    for (key, label) in labels { #expect(key.label == label) }
  }

  @Test func keyScriptParsesNamedKeysModifiersAndText() {
    #expect(
      KeyScript.parse("Down Down Enter C-s M-b Space")
        == [.down, .down, .enter, .ctrl("s"), .alt("b"), .char(" ")])
    #expect(
      KeyScript.parse("Up Right Left Esc Escape Tab BTab BSpace DC Home End PgUp PgDn PPage NPage")
        == [
          .up, .right, .left, .escape, .escape, .tab, .backTab, .backspace, .delete, .home, .end,
          .pageUp, .pageDown, .pageUp, .pageDown,
        ])
    #expect(
      KeyScript.parse("F1 F12 F13") == [
        .function(1), .function(12), .char("F"), .char("1"), .char("3"),
      ])
    #expect(KeyScript.parse("C-S M-B") == [.ctrl("s"), .alt("B")])
    #expect(KeyScript.parse("  ab  審査 ") == [.char("a"), .char("b"), .char("審"), .char("査")])
    #expect(KeyScript.parse("") == [])
  }
}

extension Language {
  /// English or Japanese text by this language.
  func pick(_ en: String, _ ja: String) -> String { self == .en ? en : ja }
}
