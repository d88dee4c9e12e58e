import ShinsaCore

/// Draws the end of the interview (→ or Enter on the last question): how far it went, the
/// answers still to chase, and what to do next.
func renderInterviewEnd(
  _ state: AppState, _ workbench: WorkbenchState, _ frame: inout Frame, top: Int, width: Int
) {
  let interview = workbench.interview
  let progress = interview.progress
  let unknown = interview.unknownQuestions.count
  let missing = progress.total - progress.answered
  let flagged = interview.followUps.count
  var lines: [(String, StyleRole)] = [
    (state.t("End of the interview", "ヒアリングの終わり"), .accent),
    (
      state.t(
        "\(progress.answered) of \(progress.total) questions answered · \(unknown) unknown · "
          + "\(missing) not answered · \(flagged) flagged for follow-up",
        "回答済み \(progress.answered)/\(progress.total) · 不明 \(unknown) · 未回答 \(missing) · "
          + "要フォロー \(flagged)"), .text
    ),
    ("", .text),
    (state.t("What next", "次にすること"), .accent),
  ]
  // The report pane lists the follow-ups and the answers to chase (unknown or missing).
  let open = unknown + missing
  if open + flagged > 0 {
    lines.append(
      (
        state.t(
          "• 5: the report: triage tier, regulators, obligations, and what to chase "
            + "(\(open) answers unknown or missing, \(flagged) follow-ups)",
          "• 5: レポート（区分・関係省庁・義務、確認が必要な回答 \(open) 件・要フォロー \(flagged) 件）"),
        .text
      ))
    lines.append(
      (state.t("• g: jump to a question to answer it", "• g: 質問へ移動して回答する"), .text))
  } else {
    lines.append(
      (
        state.t(
          "• 5: the report: triage tier, regulators, obligations; nothing left to chase",
          "• 5: レポート（区分・関係省庁・義務）。確認が必要な回答はありません"), .text
      ))
  }
  lines += [
    (state.t("• x: export the report for the client", "• x: 顧客向けにレポートを出力"), .text),
    (state.t("• ←: back to the last question", "• ←: 最後の質問に戻る"), .muted),
  ]
  var row = top
  for (text, role) in lines {
    // A bullet's next lines hang under its text.
    let bullet = text.hasPrefix("• ")
    for (index, line) in DisplayWidth.wrap(text, width: bullet ? width - 2 : width).enumerated() {
      frame.put(line, row: row, column: bullet && index > 0 ? 4 : 2, role: role)
      row += 1
    }
  }
}
