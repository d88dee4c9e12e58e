extension ProjectDocument {
  /// The project with everything marked private removed: private notes (their text and the
  /// flag) go; the rest is unchanged. The result is a complete project file that opens as
  /// any other (`shinsa export PROJECT --format json --without-private`).
  public var withoutPrivate: ProjectDocument {
    var copy = self
    for (id, item) in meta where item.notePrivate {
      var kept = item
      kept.note = ""
      kept.notePrivate = false
      if kept.followUp || kept.confidence != nil {
        copy.meta[id] = kept
      } else {
        copy.meta[id] = nil
      }
    }
    return copy
  }
}
