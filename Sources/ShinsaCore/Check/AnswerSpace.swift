/// A finite space of answer combinations over some questions, walked exhaustively
/// or sampled with a fixed seed (so `rulebook check` is repeatable).
struct AnswerSpace {
  /// The questions varied and, per question, the answers tried (nil = left out).
  var dimensions: [(id: String, values: [Answer?])]

  /// The number of combinations, saturating at `Int.max`.
  var size: Int {
    dimensions.reduce(1) { total, dimension in
      let (product, overflow) = total.multipliedReportingOverflow(
        by: max(1, dimension.values.count))
      return overflow ? Int.max : product
    }
  }

  /// Calls `body` with every combination (when `size <= budget`) or with `budget` sampled ones.
  /// Returns whether the walk was exhaustive.
  @discardableResult
  func walk(budget: Int, seed: UInt64 = 1, _ body: ([String: Answer]) -> Void) -> Bool {
    if size <= budget {
      var counters = Array(repeating: 0, count: dimensions.count)
      while true {
        body(combination(counters))
        var position = dimensions.count - 1
        while position >= 0 {
          counters[position] += 1
          if counters[position] < dimensions[position].values.count { break }
          counters[position] = 0
          position -= 1
        }
        if position < 0 { return true }
      }
    }
    var generator = SplitMix64(seed: seed)
    for _ in 0..<budget {
      let counters = dimensions.map { Int(generator.next() % UInt64(max(1, $0.values.count))) }
      body(combination(counters))
    }
    return false
  }

  private func combination(_ counters: [Int]) -> [String: Answer] {
    var answers: [String: Answer] = [:]
    for (index, dimension) in dimensions.enumerated() where !dimension.values.isEmpty {
      if let answer = dimension.values[counters[index]] { answers[dimension.id] = answer }
    }
    return answers
  }

  /// Answers worth trying for `question`, given the option values and numbers conditions mention.
  static func domain(
    for question: Question, mentionedOptions: [String], numbers: [Int], subsets: Bool
  ) -> [Answer?] {
    switch question.kind {
    case .single:
      return question.optionValues.map { .choice($0) }
    case .yesno:
      return [.bool(false), .bool(true)]
    case .text:
      return [nil, .text("text")]
    case .number:
      let minimum = question.min ?? 0
      let maximum = question.max ?? Int.max
      var values = Set([minimum, maximum])
      for number in numbers {
        for candidate in [number - 1, number, number + 1]
        where candidate >= minimum && candidate <= maximum {
          values.insert(candidate)
        }
      }
      return values.sorted().map { .number($0) }
    case .multi:
      let options = question.optionValues
      guard subsets else { return options.map { .choices([$0]) } }
      var base = options.filter(mentionedOptions.contains)
      if let unmentioned = options.first(where: { !mentionedOptions.contains($0) }) {
        base.append(unmentioned)
      }
      if base.count > 10 {
        return options.map { .choices([$0]) } + [.choices(base)]
      }
      var result: [Answer?] = []
      for mask in 1..<(1 << base.count) {
        let chosen = base.indices.filter { mask & (1 << $0) != 0 }.map { base[$0] }
        result.append(.choices(options.filter(chosen.contains)))
      }
      return result
    }
  }
}

/// A small, fast, seedable random number generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
