import Foundation
import Testing

@testable import ShinsaCore
@testable import ShinsaUI

extension UI {
  /// The demo project with a plan: statuses, evidence and actions, three of them overdue on
  /// ``now`` (Tests/Fixtures/plan-project, the project the golden exports use).
  static func planFixtureDocument() -> ProjectDocument {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "Fixtures/plan-project/lending-plan.shinsa.json")
    guard let data = try? Data(contentsOf: url),
      let decoded = try? ProjectCodec.decode(Array(data), file: url.path, rulebook: rulebook)
    else {
      preconditionFailure("the plan fixture must load")
    }
    return decoded.document
  }
}

/// The Report pane starts with the report's summary, built by the same Core type.
@Suite struct ReportPaneTests {
  private func screen(_ language: Language = .en) -> String {
    var state = UI.workbench(
      UI.planFixtureDocument(), path: UI.demoPath, language: language, width: 120, height: 40)
    UI.press(&state, "5")
    return render(state).text
  }

  @Test func thePaneStartsWithTheSummaryOfTheExportedReport() throws {
    var state = UI.workbench(UI.planFixtureDocument(), path: UI.demoPath, width: 120, height: 40)
    UI.press(&state, "5")
    let workbench = try #require(state.workbench)
    let summary = reportSummary(state, workbench)
    let export = ProjectExport(
      document: workbench.document, rulebook: UI.rulebook, today: String(UI.now.prefix(10)))
    #expect(summary == export.summary)
    #expect(summary.overdueActions.map(\.id) == ["a1", "a3", "a4"])
    let text = render(state).text
    #expect(text.contains("Summary"))
    #expect(text.contains("Overdue actions (3)"))
    #expect(text.contains("Obligations: \(summary.obligations) apply or may apply"))
    // The action's text is the user's: shown as typed, made inert.
    #expect(text.contains("Add a consent step for the transfer [abroad](http://example.com)"))
  }

  @Test func theSummaryIsInJapaneseToo() {
    let text = screen(.ja)
    #expect(text.contains("概要"))
    #expect(text.contains("期限切れの対応 (3)"))
    #expect(text.contains("区分を変える回答"))
  }
}
