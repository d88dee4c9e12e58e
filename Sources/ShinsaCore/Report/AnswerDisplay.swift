extension ProjectExport {
  /// An answer as shown to people: option labels, grouped numbers, Unknown.
  public static func display(_ answer: Answer?, for question: Question, _ language: Language)
    -> String
  {
    let en = language == .en
    guard let answer else { return en ? "Not answered" : "未回答" }
    func label(_ value: String) -> String {
      question.option(value)?.label.text(language) ?? value
    }
    switch answer {
    case .unknown: return en ? "Unknown" : "不明"
    case .choice(let value): return label(value)
    case .choices(let values):
      if values.isEmpty { return en ? "None selected" : "選択なし" }
      return values.map(label).joined(separator: en ? ", " : "、")
    case .bool(let flag): return flag ? (en ? "Yes" : "はい") : (en ? "No" : "いいえ")
    case .number(let number):
      guard let unit = question.unit?.text(language), !unit.isEmpty else { return grouped(number) }
      return en ? "\(grouped(number)) \(unit)" : "\(grouped(number))\(unit)"
    case .text(let text): return text
    }
  }

  /// "2000000" as "2,000,000".
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number.magnitude))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return number < 0 ? "-" + out : out
  }
}
