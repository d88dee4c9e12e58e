extension DisclosureDraft {
  /// The languages whose text is not finished: blank, or still holding a placeholder to
  /// translate or fill in. A draft can be marked done only when this is empty.
  public var unfinishedLanguages: [Language] {
    Language.allCases.filter { isBlank($0) || TranslationPlaceholder.isPending(text($0)) }
  }

  /// Marked done with both languages finished. A done draft with an unfinished language (as
  /// older files may hold) is flagged, not counted as done.
  public var isFinishedDone: Bool { state == .done && unfinishedLanguages.isEmpty }
}
