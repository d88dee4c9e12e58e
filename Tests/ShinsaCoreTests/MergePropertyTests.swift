import Foundation
import Testing

@testable import ShinsaCore

/// Random edit sequences from a common base: the merge holds every edit that did not
/// conflict and a record for each that did; project bytes depend only on content.
@Suite struct MergePropertyTests {
  static let rulebook = Support.rulebook

  /// One edit the generator makes: the item it changes (as the project file names items)
  /// and how.
  struct Edit {
    var item: String
    var apply: (inout ProjectDocument) -> Void
  }

  /// What the test itself reads for an item, to compare sides without the merge's code.
  static func read(_ item: String, _ document: ProjectDocument) -> String {
    let parts = item.split(separator: ":").map(String.init)
    switch parts[0] {
    case "answer": return document.answers[parts[1]].map { "\($0)" } ?? "-"
    case "note": return document.meta[parts[1]]?.note ?? ""
    case "followUp": return "\(document.meta[parts[1]]?.followUp ?? false)"
    case "confidence": return document.meta[parts[1]]?.confidence?.rawValue ?? "-"
    case "disclosure": return document.disclosure[parts[1]]?.en ?? ""
    case "checklist":
      return document.sandbox.checklist[parts[1]].map {
        "\($0.state?.rawValue ?? "?") \($0.evidence)"
      } ?? "-"
    case "obligation": return document.plan.obligations[parts[1]]?.status.rawValue ?? "-"
    case "action": return document.plan.actions.first { $0.id == parts[1] }?.text ?? "-"
    default: return document.metadata.client
    }
  }

  /// A random edit of one of a small set of items (so the two sides often meet).
  static func edit(_ random: inout SplitMix64, at now: String) -> Edit {
    let questions = rulebook.questions.filter { $0.kind == .yesno || $0.kind == .single }.prefix(4)
    let question = questions[questions.startIndex + Int(random.next() % UInt64(questions.count))]
    let word = ["a", "b", "c"][Int(random.next() % 3)]
    switch random.next() % 8 {
    case 0:
      let answer: Answer =
        question.kind == .yesno
        ? .bool(random.next() % 2 == 0)
        : .choice(question.optionValues[Int(random.next() % UInt64(question.optionValues.count))])
      return Edit(item: "answer:\(question.id)") { $0.answers[question.id] = answer }
    case 1:
      return Edit(item: "note:\(question.id)") {
        $0.meta[question.id, default: QuestionMeta()].note = word
      }
    case 2:
      let flag = random.next() % 2 == 0
      return Edit(item: "followUp:\(question.id)") {
        $0.meta[question.id, default: QuestionMeta()].followUp = flag
      }
    case 3:
      let confidence = Confidence.allCases.randomElement(using: &random)
      return Edit(item: "confidence:\(question.id)") {
        $0.meta[question.id, default: QuestionMeta()].confidence = confidence
      }
    case 4:
      let field = ["ai-use", "redress"][Int(random.next() % 2)]
      return Edit(item: "disclosure:\(field):en") {
        $0.disclosure[field, default: DisclosureDraft()].setText(word, .en, at: now)
      }
    case 5:
      let state = ChecklistState.allCases.randomElement(using: &random)
      return Edit(item: "checklist:novel") {
        $0.sandbox.checklist["novel"] = ChecklistItem(state: state, evidence: "e")
      }
    case 6:
      let status = ObligationStatus.allCases.randomElement(using: &random) ?? .gap
      return Edit(item: "obligation:appi.security") {
        $0.plan.obligations["appi.security"]?.status = status
      }
    default:
      let id = ["a1", "a2"][Int(random.next() % 2)]
      return Edit(item: "action:\(id)") { document in
        if let index = document.plan.actions.firstIndex(where: { $0.id == id }) {
          document.plan.actions[index].text = word
        }
      }
    }
  }

  /// Applies `count` random edits to `base` as side `side`, each with a change-log entry.
  static func side(
    _ base: ProjectDocument, _ side: String, _ count: Int, _ random: inout SplitMix64
  ) -> (ProjectDocument, Set<String>) {
    var document = base
    var touched: Set<String> = []
    for step in 0..<count {
      let now = "2026-12-0\(side == "ours" ? 1 : 2)T10:\(String(format: "%02d", step)):00Z"
      let edit = edit(&random, at: now)
      edit.apply(&document)
      touched.insert(edit.item)
      document.changeLog.append(ChangeLogEntry(at: now, kind: "edit", subject: edit.item))
    }
    return (document, touched)
  }

  @Test(arguments: Seeds.seeds(Array(1...40)))
  func mergeHoldsEveryEditAndRecordsEachConflict(seed: UInt64) throws {
    var random = Seeds.generator(seed)
    let base = MergeTests.base()
    let (ours, oursTouched) = Self.side(base, "ours", Int(random.next() % 8), &random)
    let (theirs, theirsTouched) = Self.side(base, "theirs", Int(random.next() % 8), &random)
    let result = try ProjectMerge.merge(
      base: base, ours: ours, theirs: theirs, rulebook: Self.rulebook)
    // The merged project is read back from its file, as git would leave it.
    let text = ProjectCodec.encode(result.document)
    let merged = try ProjectCodec.decode(Array(text.utf8), file: "m", rulebook: Self.rulebook)
      .document
    var expectedConflicts: [String] = []
    for item in oursTouched.union(theirsTouched).sorted() {
      let (b, o, t) = (Self.read(item, base), Self.read(item, ours), Self.read(item, theirs))
      let m = Self.read(item, merged)
      if o != b && t != b && o != t {
        expectedConflicts.append(item)
        #expect(m == o, "\(item): ours kept while the conflict is open (\(Seeds.label(seed)))")
      } else {
        #expect(m == (o != b ? o : t), "\(item): the edit arrives (\(Seeds.label(seed)))")
      }
    }
    #expect(merged.conflicts.map(\.item) == expectedConflicts, "\(Seeds.label(seed))")
    for entry in ours.changeLog + theirs.changeLog {
      #expect(merged.changeLog.contains(entry), "\(Seeds.label(seed))")
    }
    #expect(ProjectCodec.encode(merged) == text, "\(Seeds.label(seed))")
  }

  @Test(arguments: Seeds.seeds(Array(100...130)))
  func bytesDependOnlyOnContent(seed: UInt64) throws {
    var random = Seeds.generator(seed)
    let base = MergeTests.base()
    // Encode → decode → encode gives the same bytes.
    let (document, _) = Self.side(base, "ours", Int(random.next() % 12), &random)
    let text = ProjectCodec.encode(document)
    let decoded = try ProjectCodec.decode(Array(text.utf8), file: "d", rulebook: Self.rulebook)
    #expect(ProjectCodec.encode(decoded.document) == text, "\(Seeds.label(seed))")
    // The same edits of different items in another order give the same bytes.
    var edits: [Edit] = []
    var items: Set<String> = []
    for _ in 0..<12 {
      let edit = Self.edit(&random, at: "2026-12-01T10:00:00Z")
      if items.insert(edit.item).inserted { edits.append(edit) }
    }
    var forward = base
    for edit in edits { edit.apply(&forward) }
    var backward = base
    for edit in edits.reversed() { edit.apply(&backward) }
    #expect(ProjectCodec.encode(forward) == ProjectCodec.encode(backward), "\(Seeds.label(seed))")
    // A merge of the same edits made on both sides is byte-identical to either side.
    let merged = try ProjectMerge.merge(
      base: base, ours: forward, theirs: backward, rulebook: Self.rulebook)
    #expect(merged.isClean)
    #expect(ProjectCodec.encode(merged.document) == ProjectCodec.encode(forward))
  }
}
