/// Use cases by sector: a question whose options name `sectors` (the use-case question) lists
/// only the options of the sectors chosen, plus those already chosen. The workbench's
/// Interview pane and the plain mode both list what this returns (until asked for all).
extension Interview {
  /// The option values of `question` that fit the chosen sectors, plus the chosen ones, in
  /// rulebook order; every option when the question is not sorted by sector or no sector is
  /// chosen yet.
  public func sectorOptions(_ question: Question) -> [String] {
    let options = question.options ?? []
    guard options.contains(where: { $0.sectors != nil }),
      case .choices(let sectors)? = activeAnswer("sector")
    else { return question.optionValues }
    var chosen: [String] = []
    switch answers[question.id] {
    case .choices(let values)?: chosen = values
    case .choice(let value)?: chosen = [value]
    default: break
    }
    return options.filter { option in
      chosen.contains(option.value)
        || (option.sectors.map { !Set($0).isDisjoint(with: sectors) } ?? true)
    }.map(\.value)
  }

  /// How many options of `question` the chosen sectors leave out.
  public func hiddenOptions(_ question: Question) -> Int {
    question.optionValues.count - sectorOptions(question).count
  }
}
