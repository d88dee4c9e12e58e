/// Why a filled homework form was refused, as facts the interface can word in either
/// language (``DataFileError/message`` keeps the English for the command line). Only the
/// refusals a client's filling commonly causes have one; the rest keep the English. (An
/// answers file's wrong option carries `notAnOption` too: the check is shared.)
public enum HomeworkProblem: Sendable, Equatable {
  /// The file is not a homework form at all (it has no form header).
  case notAForm
  /// The form was written for another project (the form's project creation time).
  case otherProject(formCreated: String, projectCreated: String)
  /// A yes/no question holds something else.
  case expectsYesNo(question: String, found: String)
  /// A choice question holds something that is none of its options (by id or label).
  case notAnOption(question: String, found: String, allowed: [String])
  /// A number question holds something that is not a whole number in range.
  case expectsWholeNumber(question: String, min: Int, max: Int?, found: String)
  /// A text is longer than the limit (characters).
  case textTooLong(limit: Int)
}
