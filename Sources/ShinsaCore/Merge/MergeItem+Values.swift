/// Reading an item's value out of a project and writing one back, as the JSON the project file
/// uses for it (so conflict records can keep any item's three values).
extension MergeItem {
  /// The item's value in `document`, or nil when the document holds nothing for it.
  func value(in document: ProjectDocument) -> JSONOut? {
    switch self {
    case .answer(let id): return document.answers[id]?.jsonOut
    case .note(let id):
      return document.meta[id].flatMap { $0.note.isEmpty ? nil : .string($0.note) }
    case .notePrivate(let id): return document.meta[id]?.notePrivate == true ? .bool(true) : nil
    case .followUp(let id): return document.meta[id]?.followUp == true ? .bool(true) : nil
    case .confidence(let id): return document.meta[id]?.confidence.map { .string($0.rawValue) }
    case .draftState(let place, let id):
      guard let draft = document.drafts(place)[id],
        draft.state != .empty || !draft.reason.isEmpty
      else { return nil }
      return .object([("state", .string(draft.state.rawValue)), ("reason", .string(draft.reason))])
    case .draftText(let place, let id, let language):
      guard let draft = document.drafts(place)[id],
        !draft.text(language).isEmpty || draft.revision(language) > 0
      else { return nil }
      let edited = language == .en ? draft.enEdited : draft.jaEdited
      return .object([
        ("text", .string(draft.text(language))), ("edited", .string(edited)),
        ("revision", .int(draft.revision(language))),
      ])
    case .draftSync(let place, let id):
      guard let draft = document.drafts(place)[id],
        draft.enSynced > 0 || draft.jaSynced > 0 || draft.translation != nil
      else { return nil }
      return .object([
        ("enSynced", .int(draft.enSynced)), ("jaSynced", .int(draft.jaSynced)),
        ("translation", .string(draft.translation?.rawValue)),
      ])
    case .checklist(let id):
      guard let item = document.sandbox.checklist[id], !item.isEmpty else { return nil }
      return .object([
        ("state", .string(item.state?.rawValue ?? ChecklistItem.fromAnswers)),
        ("evidence", .string(item.evidence)),
      ])
    case .step(let id):
      guard let step = document.sandbox.steps[id], !step.date.isEmpty || !step.note.isEmpty
      else { return nil }
      return .object([("date", .string(step.date)), ("note", .string(step.note))])
    case .obligation(let id):
      guard let record = document.plan.obligations[id] else { return nil }
      return Self.member(PlanCodec.encode(Plan(obligations: [id: record])), "obligations", id)
    case .evidence(let id):
      guard let item = document.plan.evidence.first(where: { $0.id == id }) else { return nil }
      return Self.first(PlanCodec.encode(Plan(evidence: [item])), "evidence")
    case .action(let id):
      guard let action = document.plan.actions.first(where: { $0.id == id }) else { return nil }
      return Self.first(PlanCodec.encode(Plan(actions: [action])), "actions")
    case .metadata(let field):
      switch field {
      case "client": return .string(document.metadata.client)
      case "system": return .string(document.metadata.system)
      default: return .string(document.metadata.assessor)
      }
    }
  }

  /// What counts as a change of the item: its value without edit stamps, so the same edit
  /// made on both sides at different times is one change.
  func identity(in document: ProjectDocument) -> JSONOut? {
    switch self {
    case .draftText(let place, let id, let language):
      guard let text = document.drafts(place)[id]?.text(language), !text.isEmpty else {
        return nil
      }
      return .string(text)
    case .obligation(let id):
      guard let record = document.plan.obligations[id] else { return nil }
      return .object([
        ("status", .string(record.status.rawValue)), ("reason", .string(record.reason)),
        ("basis", .string(record.basis)),
      ])
    default: return value(in: document)
    }
  }

  /// Sets the item in `document` to `value` (nil: removes what the document holds for it).
  /// Values are checked as strictly as the project file; `file` names the source in errors.
  func write(
    _ value: JSONOut?, into document: inout ProjectDocument, rulebook: Rulebook, file: String
  ) throws(DataFileError) {
    let node = try value.map { (out) throws(DataFileError) in try Self.node(out, file: file) }
    let path: [JSONPathComponent] = [.key("conflicts"), .key(key)]
    func reader(_ node: JSONNode) throws(DataFileError) -> ObjectReader {
      try ObjectReader(node, path: path, file: file)
    }
    func text(_ node: JSONNode) throws(DataFileError) -> String {
      try ObjectReader.string(node, path: path, file: file)
    }
    func flag(_ node: JSONNode) throws(DataFileError) -> Bool {
      guard case .bool(let flag) = node.value else {
        throw DataFileError(
          file: file, position: node.position, path: path.dotted,
          message: "expected true or false but found \(node.value.kindDescription)")
      }
      return flag
    }
    switch self {
    case .answer(let id):
      guard let question = rulebook.question(id) else {
        throw DataFileError(
          file: file, position: node?.position, path: path.dotted,
          message: "an answer for an unknown question \"\(id)\"")
      }
      document.answers[id] = try node.map { (node) throws(DataFileError) in
        try AnswersFile.decodeAnswer(node, question: question, path: path, fileName: file)
      }
    case .note(let id):
      let note = try node.map(text) ?? ""
      document.editMeta(id) { $0.note = note }
    case .notePrivate(let id):
      let flag = try node.map(flag) ?? false
      document.editMeta(id) { $0.notePrivate = flag }
    case .followUp(let id):
      let flag = try node.map(flag) ?? false
      document.editMeta(id) { $0.followUp = flag }
    case .confidence(let id):
      var confidence: Confidence?
      if let node {
        let word = try text(node)
        guard let known = Confidence(rawValue: word) else {
          throw DataFileError(
            file: file, position: node.position, path: path.dotted,
            message: "confidence must be low, medium or high, not \"\(word)\"")
        }
        confidence = known
      }
      document.editMeta(id) { $0.confidence = confidence }
    case .draftState(let place, let id):
      var state = DisclosureFieldState.empty
      var reason = ""
      if let node {
        let item = try reader(node)
        try item.onlyKeys(["state", "reason"])
        let word = try item.string("state", maxLength: 50)
        guard let known = DisclosureFieldState(rawValue: word) else {
          throw item.fail("\"\(word)\" is not a draft state", key: "state")
        }
        state = known
        reason = try item.optionalString("reason") ?? ""
      }
      document.editDraft(place, id) {
        $0.state = state
        $0.reason = reason
      }
    case .draftText(let place, let id, let language):
      var (words, edited, revision) = ("", "", 0)
      if let node {
        let item = try reader(node)
        try item.onlyKeys(["text", "edited", "revision"])
        words = try item.string("text")
        edited = try item.optionalString("edited", maxLength: 40) ?? ""
        guard edited.isEmpty || Timestamp.isValid(edited) else {
          throw item.fail("\"\(edited)\" is not a timestamp", key: "edited")
        }
        revision = max(0, try item.int("revision"))
      }
      document.editDraft(place, id) { draft in
        switch language {
        case .en: (draft.en, draft.enEdited, draft.enRevision) = (words, edited, revision)
        case .ja: (draft.ja, draft.jaEdited, draft.jaRevision) = (words, edited, revision)
        }
      }
    case .draftSync(let place, let id):
      var (en, ja, translation): (Int, Int, Language?) = (0, 0, nil)
      if let node {
        let item = try reader(node)
        try item.onlyKeys(["enSynced", "jaSynced", "translation"])
        en = max(0, try item.int("enSynced"))
        ja = max(0, try item.int("jaSynced"))
        translation = try item.optionalString("translation", maxLength: 10).flatMap(
          Language.init(rawValue:))
      }
      document.editDraft(place, id) { draft in
        (draft.enSynced, draft.jaSynced, draft.translation) = (en, ja, translation)
      }
    case .checklist(let id):
      guard let node else {
        document.sandbox.checklist[id] = nil
        return
      }
      let item = try reader(node)
      try item.onlyKeys(["state", "evidence"])
      let word = try item.optionalString("state", maxLength: 50) ?? ChecklistItem.fromAnswers
      let state = ChecklistState(rawValue: word)
      guard state != nil || word == ChecklistItem.fromAnswers else {
        throw item.fail("\"\(word)\" is not a checklist state", key: "state")
      }
      document.sandbox.checklist[id] = ChecklistItem(
        state: state, evidence: try item.optionalString("evidence") ?? "")
    case .step(let id):
      guard let node else {
        document.sandbox.steps[id] = nil
        return
      }
      let item = try reader(node)
      try item.onlyKeys(["date", "note"])
      document.sandbox.steps[id] = ProcessStep(
        date: try item.optionalString("date", maxLength: 40) ?? "",
        note: try item.optionalString("note") ?? "")
    case .obligation(let id):
      document.plan.obligations[id] = try node.map { (node) throws(DataFileError) in
        try Self.plan(["obligations": .object([(id, node)])], file: file).obligations[id]
      }.flatMap { $0 }
    case .evidence(let id):
      let item = try node.map { (node) throws(DataFileError) in
        try Self.plan(["evidence": .array([node])], file: file).evidence.first
      }.flatMap { $0 }
      if let item, item.id != id {
        throw DataFileError(
          file: file, position: node?.position, path: path.dotted,
          message: "the evidence item's id is \"\(item.id)\", not \"\(id)\"")
      }
      Self.replace(&document.plan.evidence, id: id, with: item, \.id)
    case .action(let id):
      let action = try node.map { (node) throws(DataFileError) in
        try Self.plan(["actions": .array([node])], file: file).actions.first
      }.flatMap { $0 }
      if let action, action.id != id {
        throw DataFileError(
          file: file, position: node?.position, path: path.dotted,
          message: "the action's id is \"\(action.id)\", not \"\(id)\"")
      }
      Self.replace(&document.plan.actions, id: id, with: action, \.id)
    case .metadata(let field):
      let words = try node.map(text) ?? ""
      switch field {
      case "client": document.metadata.client = words
      case "system": document.metadata.system = words
      default: document.metadata.assessor = words
      }
    }
  }

  // MARK: Helpers

  private static func member(_ out: JSONOut, _ key: String, _ id: String) -> JSONOut? {
    guard case .object(let members) = out,
      case .object(let inner)? = members.first(where: { $0.0 == key })?.1
    else { return nil }
    return inner.first { $0.0 == id }?.1
  }

  private static func first(_ out: JSONOut, _ key: String) -> JSONOut? {
    guard case .object(let members) = out,
      case .array(let items)? = members.first(where: { $0.0 == key })?.1
    else { return nil }
    return items.first
  }

  /// A JSON value to write as a node to read (values come from shinsa's own writer).
  static func node(_ out: JSONOut, file: String) throws(DataFileError) -> JSONNode {
    do {
      return try JSONParser.parse(Array(out.renderedCompact().utf8))
    } catch {
      throw DataFileError(file: file, position: nil, path: nil, message: error.message)
    }
  }

  /// A one-member plan object holding `nodes`, decoded by the plan's own strict reader.
  private static func plan(_ members: [String: NodeShape], file: String) throws(DataFileError)
    -> Plan
  {
    let origin = TextPosition(line: 1, column: 1)
    var object: [(key: String, keyPosition: TextPosition, value: JSONNode)] = []
    for (key, shape) in members {
      let value: JSONValue
      switch shape {
      case .array(let nodes): value = .array(nodes)
      case .object(let pairs):
        value = .object(pairs.map { (key: $0.0, keyPosition: origin, value: $0.1) })
      }
      object.append((key: key, keyPosition: origin, value: JSONNode(value, at: origin)))
    }
    let reader = try ObjectReader(JSONNode(.object(object), at: origin), path: [], file: file)
    return try PlanCodec.decode(reader)
  }

  private enum NodeShape {
    case array([JSONNode])
    case object([(String, JSONNode)])
  }

  private static func replace<T>(
    _ list: inout [T], id: String, with item: T?, _ key: KeyPath<T, String>
  ) {
    if let index = list.firstIndex(where: { $0[keyPath: key] == id }) {
      if let item { list[index] = item } else { list.remove(at: index) }
    } else if let item {
      list.append(item)
    }
  }
}

extension ProjectDocument {
  func drafts(_ place: DraftPlace) -> [String: DisclosureDraft] {
    place == .disclosure ? disclosure : sandbox.plan
  }

  /// Edits a question's metadata, dropping it when nothing is left.
  mutating func editMeta(_ id: String, _ body: (inout QuestionMeta) -> Void) {
    var item = meta[id] ?? QuestionMeta()
    body(&item)
    meta[id] = item.isEmpty ? nil : item
  }

  /// Edits a draft, creating it when needed.
  mutating func editDraft(
    _ place: DraftPlace, _ id: String, _ body: (inout DisclosureDraft) -> Void
  ) {
    switch place {
    case .disclosure:
      var draft = disclosure[id] ?? DisclosureDraft()
      body(&draft)
      disclosure[id] = draft
    case .sandboxPlan:
      var draft = sandbox.plan[id] ?? DisclosureDraft()
      body(&draft)
      sandbox.plan[id] = draft
    }
  }
}
