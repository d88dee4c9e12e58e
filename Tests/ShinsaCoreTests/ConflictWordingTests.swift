import Testing

@testable import ShinsaCore

/// A conflict's values read in the reader's language: status words, flags and record fields,
/// never the project file's words.
@Suite struct ConflictWordingTests {
  static let rulebook = Support.rulebook

  static func shown(_ item: MergeItem, _ language: Language) -> String {
    let document = MergeTests.base()
    return ConflictRecord.display(
      item.value(in: document), item: item, rulebook: rulebook, language: language)
  }

  @Test func anObligationsStatusIsAWordInTheLanguage() {
    let english = Self.shown(.obligation("appi.security"), .en)
    #expect(english.contains("status: partly met"))
    #expect(english.contains("reason: contractors not yet"))
    #expect(!english.contains("0123456789abcdef"), "the basis fingerprint is not shown")
    let japanese = Self.shown(.obligation("appi.security"), .ja)
    #expect(japanese.contains("状況: 一部対応"))
    #expect(japanese.contains("理由: contractors not yet"))
    #expect(!japanese.contains("partly"))
  }

  @Test func evidenceAndActionsNameTheirFields() throws {
    let document = MergeTests.base()
    let evidence = try #require(document.plan.evidence.first)
    let action = try #require(document.plan.actions.first)
    let english = Self.shown(.evidence(evidence.id), .en)
    #expect(english.contains("file: policy.pdf"))
    #expect(english.contains("note: v3"))
    #expect(!english.contains("aaaa"), "the hash is not shown")
    let japanese = Self.shown(.evidence(evidence.id), .ja)
    #expect(japanese.contains("ファイル: policy.pdf"))
    #expect(japanese.contains("見直し期限: 2027-03-31"))
    #expect(Self.shown(.action(action.id), .en).contains("owner: K. Ito"))
    #expect(Self.shown(.action(action.id), .en).contains("not done"))
    let japaneseAction = Self.shown(.action(action.id), .ja)
    #expect(japaneseAction.contains("担当: K. Ito"))
    #expect(japaneseAction.contains("期限: 2026-12-15"))
    #expect(japaneseAction.contains("未完了"))
    #expect(!japaneseAction.contains("false"))
  }

  @Test func flagsAndConfidenceAreWords() {
    let item = MergeItem.notePrivate("q")
    for (language, on, off) in [(Language.en, "private", "shared"), (.ja, "非公開", "共有")] {
      #expect(
        ConflictRecord.display(.bool(true), item: item, rulebook: Self.rulebook, language: language)
          == on)
      #expect(
        ConflictRecord.display(
          .bool(false), item: item, rulebook: Self.rulebook, language: language) == off)
    }
    #expect(
      ConflictRecord.display(
        .bool(true), item: .followUp("q"), rulebook: Self.rulebook, language: .ja) == "要フォローアップ")
    #expect(
      ConflictRecord.display(
        .string("medium"), item: .confidence("q"), rulebook: Self.rulebook, language: .ja) == "中")
  }

  @Test func sandboxEntriesAndDraftStates() {
    #expect(Self.shown(.checklist("novel"), .en) == "state: yes · evidence: memo")
    #expect(Self.shown(.checklist("novel"), .ja) == "状態: はい · 根拠: memo")
    #expect(Self.shown(.step("pre-consultation"), .ja) == "日付: 2026-11-01 · メモ: met")
    #expect(Self.shown(.draftState(.sandboxPlan, "objective"), .ja) == "状態: 下書き")
    let text = Self.shown(.draftText(.sandboxPlan, "objective", .ja), .ja)
    #expect(text.hasPrefix("試験"))
    #expect(!text.contains("revision"))
    #expect(
      ConflictRecord.display(
        .object([("state", .string(ChecklistItem.fromAnswers)), ("evidence", .string(""))]),
        item: .checklist("novel"), rulebook: Self.rulebook, language: .en)
        == "state: from the answers")
  }
}
