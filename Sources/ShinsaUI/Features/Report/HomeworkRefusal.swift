import ShinsaCore

/// The sentence for a filled homework form that was refused (nothing applied), in the
/// interface's language: the form's name, the line, and the problem. Refusals Core has no
/// ``HomeworkProblem`` for keep Core's English description of the problem.
func homeworkRefusalText(_ state: AppState, _ error: DataFileError) -> String {
  guard state.language == .ja else {
    return error.description + "; nothing was applied."
  }
  let name = FilePaths.name(of: error.file).isEmpty ? error.file : FilePaths.name(of: error.file)
  let place = error.position.map { "\(name) の \($0.line) 行目" } ?? name
  let problem: String
  switch error.homeworkProblem {
  case .notAForm?:
    problem = "shinsa の確認シートではありません（見出しの目印がありません）"
  case .otherProject(let formCreated, let projectCreated)?:
    problem =
      "この確認シートは別のプロジェクト用です（シートのプロジェクト作成日時 \(formCreated)、このプロジェクト \(projectCreated)）"
  case .expectsYesNo(let question, let found)?:
    problem = "\(question) には はい か いいえ（または unknown）を書いてください。書かれていたのは「\(found)」です"
  case .notAnOption(let question, let found, let allowed)?:
    problem =
      "「\(found)」は \(question) の選択肢にありません（選択肢: \(allowed.joined(separator: ", "))、または unknown）"
  case .expectsWholeNumber(let question, let min, let max, let found)?:
    let range = max.map { "\(min) から \($0) までの整数" } ?? "\(min) 以上の整数"
    problem = "\(question) には \(range)（または unknown）を書いてください。書かれていたのは「\(found)」です"
  case .textTooLong(let limit)?:
    problem = "文章が \(limit) 文字を超えています"
  case nil:
    let path = error.path.map { "\($0): " } ?? ""
    problem = "内容が正しくありません（\(path)\(error.message)）"
  }
  return "\(place): \(problem)。何も反映していません。"
}
