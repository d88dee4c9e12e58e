/// The outcome of merging three versions of a project.
public struct MergeResult: Sendable {
  /// The merged project: every change made on one side, or on both alike, and OURS's value
  /// wherever the sides disagree (with a conflict record in ``ProjectDocument/conflicts``).
  public var document: ProjectDocument
  /// The conflicts this merge found (records already open in the inputs are not counted).
  public var newConflicts: [ConflictRecord]

  /// True when this merge found no conflict.
  public var isClean: Bool { newConflicts.isEmpty }
}

/// Three-way merge of project files, item by item (see ``MergeItem``).
///
/// A change on one side only is taken; the same change on both sides is taken once; different
/// changes keep OURS's value and add a conflict record with the base, ours and theirs values.
/// Change logs are unioned (each entry once, ordered by time then content); the interview
/// position is OURS's; the rulebook version is the newer of the two; the last assessment is
/// the later one; `created` is the earlier and `modified` the later of the two.
public enum ProjectMerge {
  /// Merges `ours` and `theirs`, both descended from `base`.
  public static func merge(
    base: ProjectDocument, ours: ProjectDocument, theirs: ProjectDocument, rulebook: Rulebook,
    file: String = "THEIRS"
  ) throws(DataFileError) -> MergeResult {
    var result = ours
    var found: [ConflictRecord] = []
    let baseLog = Set(base.changeLog.map(logKey))
    for item in MergeItem.all(in: [base, ours, theirs]) {
      let (b, o, t) = (item.identity(in: base), item.identity(in: ours), item.identity(in: theirs))
      if o == t || t == b { continue }
      if o == b {
        try item.write(item.value(in: theirs), into: &result, rulebook: rulebook, file: file)
        continue
      }
      if case .draftSync = item { continue }
      found.append(
        ConflictRecord(
          item: item.key, base: item.value(in: base),
          ours: side(ours, item, baseLog), theirs: side(theirs, item, baseLog)))
    }
    tidyDrafts(&result, ours: ours)
    result.plan.evidence = ordered(result.plan.evidence, ours.plan.evidence, theirs.plan.evidence)
    result.plan.actions = ordered(result.plan.actions, ours.plan.actions, theirs.plan.actions)
    result.metadata.created =
      [ours.metadata.created, theirs.metadata.created]
      .filter { !$0.isEmpty }.min() ?? ours.metadata.created
    result.metadata.modified = max(ours.metadata.modified, theirs.metadata.modified)
    if RulebookVersionOrder.isOlder(ours.rulebookVersion, than: theirs.rulebookVersion) {
      result.rulebookVersion = theirs.rulebookVersion
    }
    if let later = theirs.lastAssessment, later.at > (ours.lastAssessment?.at ?? "") {
      result.lastAssessment = later
    }
    result.changeLog = unionLog([base.changeLog, ours.changeLog, theirs.changeLog])
    result.conflicts = mergeRecords(base: base, ours: ours, theirs: theirs, found: found)
    return MergeResult(document: result, newConflicts: found)
  }

  /// Who changed `item` on `side` and when: the side's assessor and its latest change-log
  /// entry about the item that the base does not have.
  private static func side(_ side: ProjectDocument, _ item: MergeItem, _ baseLog: Set<String>)
    -> ConflictSide
  {
    let last = side.changeLog.last { entry in
      entry.subject == item.subject && !baseLog.contains(logKey(entry))
    }
    return ConflictSide(value: item.value(in: side), by: side.metadata.assessor, at: last?.at ?? "")
  }

  /// Drops drafts left empty that OURS did not have, and keeps each draft's sync marks within
  /// its revisions.
  private static func tidyDrafts(_ document: inout ProjectDocument, ours: ProjectDocument) {
    func tidy(_ drafts: inout [String: DisclosureDraft], _ kept: [String: DisclosureDraft]) {
      for (id, var draft) in drafts {
        if kept[id] == nil && draft == DisclosureDraft() {
          drafts[id] = nil
          continue
        }
        draft.enSynced = min(draft.enSynced, draft.enRevision)
        draft.jaSynced = min(draft.jaSynced, draft.jaRevision)
        drafts[id] = draft
      }
    }
    tidy(&document.disclosure, ours.disclosure)
    tidy(&document.sandbox.plan, ours.sandbox.plan)
  }

  /// `merged`'s items in OURS's order, then the ones only THEIRS has in THEIRS's order.
  private static func ordered<T: Identifiable>(_ merged: [T], _ ours: [T], _ theirs: [T]) -> [T]
  where T.ID == String {
    var rank: [String: Int] = [:]
    for item in ours + theirs where rank[item.id] == nil { rank[item.id] = rank.count }
    return merged.enumerated().sorted { a, b in
      (rank[a.element.id] ?? Int.max, a.offset) < (rank[b.element.id] ?? Int.max, b.offset)
    }.map(\.element)
  }

  static func logKey(_ entry: ChangeLogEntry) -> String {
    [entry.at, entry.kind, entry.subject, entry.from ?? "\u{0}", entry.to ?? "\u{0}"]
      .joined(separator: "\u{1}")
  }

  /// Every entry of `logs` once, ordered by time, then by content.
  static func unionLog(_ logs: [[ChangeLogEntry]]) -> [ChangeLogEntry] {
    var seen: [String: ChangeLogEntry] = [:]
    for entry in logs.joined() { seen[logKey(entry)] = entry }
    return seen.sorted { a, b in (a.value.at, a.key) < (b.value.at, b.key) }.map(\.value)
  }

  /// The open records after the merge: those either side opened or kept (a record one side
  /// resolved is dropped unless the other side changed it), then this merge's, by item.
  private static func mergeRecords(
    base: ProjectDocument, ours: ProjectDocument, theirs: ProjectDocument,
    found: [ConflictRecord]
  ) -> [ConflictRecord] {
    func byItem(_ records: [ConflictRecord]) -> [String: ConflictRecord] {
      Dictionary(records.map { ($0.item, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let (b, o, t) = (byItem(base.conflicts), byItem(ours.conflicts), byItem(theirs.conflicts))
    var result: [String: ConflictRecord] = [:]
    for key in Set(b.keys).union(o.keys).union(t.keys) {
      if o[key] == t[key] || t[key] == b[key] {
        result[key] = o[key]
      } else if o[key] == b[key] {
        result[key] = t[key]
      } else {
        result[key] = o[key] ?? t[key]
      }
    }
    for record in found { result[record.item] = record }
    return result.keys.sorted().compactMap { result[$0] }
  }
}

extension EvidenceItem: Identifiable {}
extension PlanAction: Identifiable {}

extension ProjectDocument {
  /// The project with the conflict on `item` resolved by `choice`: the chosen value set and
  /// the record removed. Nil when there is no such record.
  public func resolving(_ item: String, with choice: ConflictChoice, rulebook: Rulebook)
    throws(DataFileError) -> ProjectDocument?
  {
    guard let index = conflicts.firstIndex(where: { $0.item == item }) else { return nil }
    let record = conflicts[index]
    var copy = self
    copy.conflicts.remove(at: index)
    if choice != .ours, let mergeItem = record.mergeItem {
      try mergeItem.write(
        record.value(choice), into: &copy, rulebook: rulebook, file: "conflict \(item)")
    }
    return copy
  }
}
