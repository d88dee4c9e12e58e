/// What becomes public when a sandbox route is used, and whether a source confirms it.
public struct SandboxPublication: Codable, Sendable, Equatable {
  public var text: Localized
  /// False where shinsa's sources do not say what is published.
  public var confirmed: Bool
  public var sources: [String]
}

/// One part of a sandbox plan that the applicant drafts (ICEA Art. 8-2(3) for the project-based
/// sandbox).
public struct SandboxPlanItem: Codable, Sendable, Equatable {
  public var id: String
  public var title: Localized
  /// What to write in the item.
  public var prompt: Localized
  /// The article that asks for the item.
  public var article: Localized
  public var routes: [SandboxRouteID]
  /// Whether every plan must contain the item; an empty required item needs more information.
  public var required: Bool
  public var sources: [String]
}

/// One step of a sandbox route's process, with the evidence to keep where one is named.
public struct SandboxStep: Codable, Sendable, Equatable {
  public var id: String
  public var routes: [SandboxRouteID]
  public var title: Localized
  /// The article the step rests on, when one is known.
  public var article: Localized?
  /// What to keep as a record of the step, when the sources name something.
  public var evidence: Localized?
  /// How long the step takes, when the rulebook says.
  public var timing: Localized?
  /// Whether a source confirms `timing` (nil when there is no timing).
  public var timingConfirmed: Bool?
  public var sources: [String]
}
