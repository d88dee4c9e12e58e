import ShinsaCore

/// The scrolling dialogs: help, why and about.
enum DialogKind: Sendable, Equatable {
  case help, why, about
}

/// The wrapped lines of the open scrolling dialog, made when it opens and again only when the
/// screen's width or the language changes (not on every key), kept in ``AppState``.
public struct DialogText: Sendable {
  let kind: DialogKind
  let width: Int
  let language: Language
  /// The help's filter and the why notice's folding it was made with (``DialogSearch``).
  let variant: String
  let lines: [StyledLine]
}

extension Overlay {
  /// Which scrolling dialog this is, if it is one.
  var dialogKind: DialogKind? {
    switch self {
    case .help: return .help
    case .why: return .why
    case .about: return .about
    default: return nil
    }
  }
}

/// The lines of the dialog `kind`, wrapped at `width`, in the current language.
func makeDialogLines(_ state: AppState, _ kind: DialogKind, width: Int) -> [StyledLine] {
  switch kind {
  case .help: return helpLines(state, width: width)
  case .why: return whyLines(state, width: width)
  case .about: return aboutLines(state, width: width)
  }
}

/// The lines of the dialog `kind` on this screen: those kept in the state when they were made
/// for its width and language, else made now.
func dialogLines(_ state: AppState, _ kind: DialogKind) -> [StyledLine] {
  let width = WorkbenchLayout(state).dialogTextWidth
  if let text = state.dialogText, text.kind == kind, text.width == width,
    text.language == state.language, text.variant == state.dialogSearch.variant
  {
    return text.lines
  }
  return makeDialogLines(state, kind, width: width)
}

/// Keeps the open scrolling dialog's lines in the state: made when it opens, or when the
/// width or language changed, or always when `rebuild` (after something that may have
/// changed what it shows); dropped when no such dialog is open.
func keepDialogText(_ state: inout AppState, rebuild: Bool) {
  guard let kind = state.overlay?.dialogKind else {
    state.dialogText = nil
    if state.dialogSearch.kind != nil { state.dialogSearch = DialogSearch() }
    return
  }
  if state.dialogSearch.kind != kind { state.dialogSearch = DialogSearch(kind: kind) }
  let width = WorkbenchLayout(state).dialogTextWidth
  if !rebuild, let text = state.dialogText, text.kind == kind, text.width == width,
    text.language == state.language, text.variant == state.dialogSearch.variant
  {
    return
  }
  state.dialogText = DialogText(
    kind: kind, width: width, language: state.language, variant: state.dialogSearch.variant,
    lines: makeDialogLines(state, kind, width: width))
}
