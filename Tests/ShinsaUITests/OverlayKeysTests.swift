import Testing

@testable import ShinsaCore
@testable import ShinsaUI

/// Every dialog, field and the editor take their keys from their keymap context: each key of
/// the context's table does what its command says, and the status bar shows the table.
@Suite struct OverlayKeysTests {
  static let modal: [KeyContext] = [
    .help, .why, .about, .jump, .note, .newProject, .export, .recovery, .inputRecovery, .prompt,
    .datePrompt, .answerField, .editor, .filter, .search, .palette, .longAnswer, .homeworkPrompt,
    .actionPrompt,
  ]

  /// A state where `context` takes the keys.
  static func state(_ context: KeyContext) -> AppState {
    var state = UI.workbench(at: "people_affected")
    switch context {
    case .help: state.overlay = .help(scroll: 5)
    case .why: state.overlay = .why(scroll: 5)
    case .about: state.overlay = .about(scroll: 1)
    case .jump:
      var jump = JumpState()
      jump.cursor = 3
      state.overlay = .jump(jump)
    case .note: state.overlay = .note(TextArea("typed"), isPrivate: false)
    case .longAnswer:
      state = UI.workbench()
      UI.press(&state, "g model_name Enter")
      state.overlay = .longAnswer(TextArea("typed\nacross lines"))
    case .homeworkPrompt:
      state = UI.workbench()
      UI.press(&state, "5")
      state.overlay = .prompt(.homeworkForm, TextField("demo-homework-en.md"), problem: nil)
    case .newProject:
      state = UI.browser(projects: UI.twoProjects)
      var form = NewProjectForm()
      form.fields[0] = TextField("acme")
      state.overlay = .newProject(form)
    case .export: state.overlay = .export(cursor: 1)
    case .recovery: state.overlay = .recovery
    case .inputRecovery:
      state.overlay = .inputRecovery(
        PendingInput(kind: .note, subject: "people_affected", text: "Ask legal", option: "shared"))
    case .actionPrompt:
      // The last step: Enter and Esc both save the action, Ctrl-G saves nothing.
      state = UI.workbench()
      UI.press(&state, "6")
      state.overlay = .prompt(
        .plan(.actionDue(obligation: PlanPaneTests.obligations[0].id, text: "Write", owner: "Han")),
        TextField("2026-12-15", limit: 10), problem: nil)
    case .prompt:
      state = UI.sandboxWorkbench()
      state.overlay = .prompt(.evidence(criterion: "novel"), TextField("patent"), problem: nil)
    case .datePrompt:
      state = UI.sandboxWorkbench()
      state.overlay = .prompt(.stepDate(step: "apply"), TextField("2026-12-01"), problem: nil)
    case .answerField: state.workbench?.editing = TextField("1200", limit: 15)
    case .editor:
      _ = UI.press(&state, "3")
      _ = UI.press(&state, keys: [.enter, .char("x")])
    case .filter:
      state = UI.browser(projects: UI.twoProjects)
      state.browser.filtering = true
    case .search:
      state.overlay = .why(scroll: 5)
      state.dialogSearch = DialogSearch(kind: .why, typing: true)
    case .palette:
      var palette = PaletteState()
      palette.cursor = 3
      state.overlay = .palette(palette)
    default: break
    }
    return state
  }

  @Test(arguments: modal)
  func theContextTakesTheKeys(context: KeyContext) {
    #expect(modalContext(Self.state(context)) == context)
  }

  @Test(arguments: modal)
  func everyKeyDoesWhatItsBindingSays(context: KeyContext) {
    let bindings = Keymap.bindings(for: context)
    #expect(!bindings.isEmpty)
    for binding in bindings {
      for key in binding.keys {
        var state = Self.state(context)
        let before = state
        let effects = update(&state, .key(key))
        check(context, binding.command, before, state, effects, "\(context) \(key.label)")
      }
    }
  }

  private func saves(_ effects: [Effect]) -> Bool {
    effects.contains { if case .save = $0 { return true } else { return false } }
  }

  /// Whether `state` closed what `context` had open.
  private func closed(_ context: KeyContext, _ state: AppState) -> Bool {
    switch context {
    case .editor: return state.workbench?.draftEditor == nil
    case .answerField: return state.workbench?.editing == nil
    case .filter: return !state.browser.filtering
    case .search: return !state.dialogSearch.typing
    default: return state.overlay == nil
    }
  }

  private func scroll(_ overlay: Overlay?) -> Int? {
    switch overlay {
    case .help(let scroll)?, .why(let scroll)?, .about(let scroll)?: return scroll
    default: return nil
    }
  }

  /// The scroll a scrolling dialog settles on after moving `step` from `from`.
  private func clamped(_ state: AppState, _ context: KeyContext, _ from: Int, _ step: Int) -> Int {
    let width = min(state.width - 4, 100) - 4
    let count: Int
    switch context {
    case .help: count = helpLines(state, width: width).count
    case .about: count = aboutLines(state, width: width).count
    default: count = whyLines(state, width: width).count
    }
    return max(0, min(max(0, count - (state.height - 4)), from + step))
  }

  private func check(
    _ context: KeyContext, _ command: Command, _ before: AppState, _ state: AppState,
    _ effects: [Effect], _ what: String
  ) {
    switch command {
    case .close:
      #expect(closed(context, state) && effects.isEmpty, "\(what)")
    case .cancel:
      #expect(closed(context, state), "\(what)")
      #expect(!saves(effects) || context == .editor, "\(what)")
      if context == .filter { #expect(state.browser.filter.text.isEmpty, "\(what)") }
      if context == .newProject { #expect(state.browser.newProjectDraft == nil, "\(what)") }
      if context == .homeworkPrompt || context == .pathPrompt {
        #expect(state.workbench?.pathDrafts.isEmpty == true, "\(what)")
      }
      if context == .editor { #expect(state.flash?.contains("cancelled") == true, "\(what)") }
    case .keep where context == .search:
      // Esc stops typing the search; the why dialog stays open.
      #expect(closed(context, state) && state.overlay == before.overlay, "\(what)")
    case .keep where context == .newProject:
      // Nothing to save yet: the form keeps its typing for the next `n`.
      #expect(closed(context, state) && effects.isEmpty, "\(what)")
      #expect(state.browser.newProjectDraft?.fields[0].text == "acme", "\(what)")
    case .keep where context == .homeworkPrompt || context == .pathPrompt:
      // A path prompt backs out on Esc, keeping the path for the next time it opens.
      #expect(closed(context, state) && effects.isEmpty, "\(what)")
      let kind: PathPrompt = context == .pathPrompt ? .evidence : .homeworkForm
      if case .prompt(_, let field, _)? = before.overlay {
        #expect(state.workbench?.pathDrafts[kind] == field.text, "\(what)")
      }
    case .keep:
      #expect(closed(context, state) && saves(effects), "\(what)")
    case .accept:
      #expect(closed(context, state), "\(what)")
      switch context {
      case .newProject:
        #expect(effects == [.create(name: "acme", client: "acme", system: "")], "\(what)")
      case .export: #expect(effects == [.export(format: .html, language: .en)], "\(what)")
      case .jump: #expect(state.workbench?.pane == .interview, "\(what)")
      case .filter, .search: #expect(effects.isEmpty, "\(what)")
      case .palette: #expect(state.workbench?.pane == .interview, "\(what)")
      case .homeworkPrompt:
        #expect(effects == [.readHomework(path: "demo-homework-en.md")], "\(what)")
      default: #expect(saves(effects), "\(what)")
      }
    case .save:
      #expect(!closed(context, state) && saves(effects), "\(what)")
    case .up, .down, .pageUp, .pageDown:
      // Scrolling dialogs page by their height (24 rows: 20 lines), lists by 10.
      let page = scroll(before.overlay) == nil ? 10 : state.height - 4
      let step = [Command.up: -1, .down: 1, .pageUp: -page, .pageDown: page][command] ?? 0
      switch (before.overlay, state.overlay) {
      case (.palette(let old)?, .palette(let new)?):
        #expect(new.cursor == old.cursor + step, "\(what)")
      case (.jump(let old)?, .jump(let new)?): #expect(new.cursor == old.cursor + step, "\(what)")
      case (.export(let old)?, .export(let new)?): #expect(new == old + step, "\(what)")
      default:
        if context == .filter {
          #expect(state.browser.filtering, "\(what)")
          #expect(state.browser.selected == max(0, min(1, before.browser.selected + step)))
        } else if let from = scroll(before.overlay) {
          #expect(scroll(state.overlay) == clamped(state, context, from, step), "\(what)")
        } else {
          Issue.record("\(what): no movement to check")
        }
      }
    case .nextField, .previousField:
      guard case .newProject(let form)? = state.overlay else {
        Issue.record("\(what): the form closed")
        return
      }
      #expect(form.focus == (command == .nextField ? 1 : form.fields.count - 1), "\(what)")
    case .togglePrivate:
      #expect(state.overlay == .note(TextArea("typed"), isPrivate: true), "\(what)")
    case .restore:
      if context == .recovery {
        #expect(state.overlay == nil && effects == [.acceptRecovery(true)], "\(what)")
      } else {
        guard case .note(let field, _)? = state.overlay else {
          Issue.record("\(what): the note was not restored")
          return
        }
        #expect(field.text == "Ask legal", "\(what)")
      }
    case .discard:
      #expect(state.overlay == nil, "\(what)")
      if context == .recovery {
        #expect(effects == [.acceptRecovery(false)], "\(what)")
      } else {
        #expect(state.flash != nil && effects.isEmpty, "\(what)")
      }
    case .language:
      #expect(state.language != before.language && !closed(context, state), "\(what)")
    case .top:
      #expect(scroll(state.overlay) == 0, "\(what)")
    case .bottom:
      #expect(scroll(state.overlay) == clamped(state, context, 0, Int.max / 2), "\(what)")
    case .search:
      #expect(state.dialogSearch.typing && !before.dialogSearch.typing, "\(what)")
    case .nextMatch, .previousMatch:
      // Nothing searched yet: the dialog stays where it was.
      #expect(scroll(state.overlay) == scroll(before.overlay), "\(what)")
    case .expand:
      #expect(state.dialogSearch.expanded != before.dialogSearch.expanded, "\(what)")
    case .multiLine:
      // The context's state is a number question: its field keeps its one line (the text
      // questions' editor: MultiLineEditorTests).
      #expect(state.overlay == nil && state.workbench?.editing == before.workbench?.editing)
    default:
      Issue.record("\(what): \(command) has no check here")
    }
  }

  @Test(arguments: modal)
  func theStatusBarShowsTheContextsHints(context: KeyContext) {
    for language in Language.allCases {
      var state = Self.state(context)
      state.language = language
      let hint = Keymap.modalHint(for: context, language: language)
      #expect(!hint.isEmpty)
      #expect(modalHint(state) == hint)
      // Every hinted binding's keys appear in it.
      for binding in Keymap.bindings(for: context) where binding.hint != nil {
        let first = binding.keys[0].label
        #expect(hint.contains(first), "\(context) \(language): \(first) in \(hint)")
      }
    }
  }

  @Test func modalHintsReadAsBefore() {
    let expected: [(KeyContext, String)] = [
      (.help, "type to filter · ↑↓ PgUp PgDn scroll · Esc clear/close"),
      (.palette, "type to filter · ↑↓ choose · Enter run · Esc clear/close"),
      (.search, "type to search · Enter search · Esc done"),
      (.jump, "type to filter · ↑↓ choose · Enter go · Esc close"),
      (.note, "Esc keep · Ctrl-G cancel · Ctrl-T private"),
      (.newProject, "Tab next field · Enter create · Esc keep · Ctrl-G cancel"),
      (.export, "↑↓ choose · Enter export · Esc close"),
      (.recovery, "y restore · n discard"),
      (.inputRecovery, "y restore it · n discard it"),
      (.prompt, "Enter save · Esc keep · Ctrl-G cancel"),
      (.datePrompt, "Enter save · Esc keep · Ctrl-G cancel"),
      (.actionPrompt, "Enter next · Esc save as is · Ctrl-G cancel action"),
      (.filter, "type to filter · Enter done · Esc clear"),
    ]
    for (context, hint) in expected {
      #expect(Keymap.modalHint(for: context, language: .en) == hint, "\(context)")
    }
    #expect(
      Keymap.modalHint(for: .help, language: .ja) == "入力で絞り込み · ↑↓ PgUp PgDn スクロール · Esc 解除・閉じる")
    #expect(
      Keymap.modalHint(for: .note, language: .ja) == "Esc 保持 · Ctrl-G 取消 · Ctrl-T 非公開")
  }

  @Test func onlyHelpAndQuitArePinned() {
    let pinned = Keymap.bindings.filter(\.pinned).map(\.command)
    #expect(pinned == [.help, .quit])
    for context: KeyContext in [.browser, .interview, .pane, .disclosure, .sandbox] {
      let hints = Keymap.hints(for: context, language: .en).filter(\.pinned)
      #expect(hints.map(\.keys) == ["?", "q"], "\(context)")
    }
  }

  @Test func dialogsInheritNothing() {
    for context in Self.modal {
      #expect(context.parents.isEmpty, "\(context)")
      // q types or closes; it never quits from a dialog or a field.
      #expect(Keymap.command(for: .char("q"), in: context) != .quit, "\(context)")
    }
  }

  @Test func theKeysReferenceHasNoEmptyTable() {
    for language in Language.allCases {
      let lines = KeysReference.markdown(language).split(
        separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() where line == "|---|---|" {
        #expect(
          index + 1 < lines.count && lines[index + 1].hasPrefix("| `"), "\(language) line \(index)")
      }
      for context in KeyContext.allCases {
        #expect(lines.contains { $0 == "## " + context.title.text(language) }, "\(context)")
      }
    }
  }
}
