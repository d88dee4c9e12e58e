import Foundation
import PackagePlugin

/// Generates `EmbeddedRulebook.swift` from the target's `Resources/jp-ai.json` (and its
/// changelog) at build time, so the binary carries the rulebook without parsing it at start.
@main
struct EmbedRulebook: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let resources = target.directoryURL.appending(path: "Resources")
    let rulebook = resources.appending(path: "jp-ai.json")
    let changelog = resources.appending(path: "jp-ai-changelog.json")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRulebook.swift")
    return [
      .buildCommand(
        displayName: "Embedding the rulebook jp-ai.json",
        executable: try context.tool(named: "rulebook-embedder").url,
        arguments: [rulebook.path(), changelog.path(), output.path()],
        inputFiles: [rulebook, changelog],
        outputFiles: [output])
    ]
  }
}
