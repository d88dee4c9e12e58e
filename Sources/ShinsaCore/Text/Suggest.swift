/// "Did you mean …?": the one edit-distance suggestion for misspelt ids, keys, commands,
/// colours and theme names.
public enum Suggest {
  /// How far a misspelling may be from what it meant.
  public enum Tolerance: Sendable {
    /// Ids and commands: 2 edits, or a third of the word for long words.
    case ids
    /// Short vocabulary words (colours, roles, theme names): a third of the candidate,
    /// at least 1 and at most 3 edits.
    case words

    func limit(word: String, candidate: String) -> Int {
      switch self {
      case .ids: return max(2, word.count / 3)
      case .words: return max(1, min(3, candidate.count / 3))
      }
    }

    /// The most any candidate may be off, for skipping by length.
    func widest(word: String) -> Int {
      switch self {
      case .ids: return max(2, word.count / 3)
      case .words: return 3
      }
    }
  }

  /// " (did you mean 'CANDIDATE'?)" for the closest candidate, or "" when none is close.
  public static func didYouMean<S: Sequence>(_ word: String, among candidates: S) -> String
  where S.Element == String {
    closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
  }

  /// The candidate closest to `word` within `tolerance`, or nil; the first of equals wins.
  public static func closest<S: Sequence>(
    to word: String, among candidates: S, tolerance: Tolerance = .ids
  ) -> String? where S.Element == String {
    var best: (candidate: String, distance: Int)?
    let length = word.unicodeScalars.count
    let widest = tolerance.widest(word: word)
    for candidate in candidates {
      // The difference in length is the least the distance can be: skip the candidates that
      // cannot be close, so a huge unknown word costs no more than reading it.
      guard abs(candidate.unicodeScalars.count - length) <= widest else { continue }
      let distance = editDistance(word, candidate)
      if distance <= tolerance.limit(word: word, candidate: candidate),
        distance < (best?.distance ?? Int.max)
      {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Edit distance counting an insertion, deletion, substitution or swap of neighbours as one.
  public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.unicodeScalars)
    let b = Array(rhs.unicodeScalars)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
