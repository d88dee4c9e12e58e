/// The members each part of a rulebook file may have, so `rulebook check` can catch a
/// misspelt optional key (which JSON decoding would silently ignore).
indirect enum KeySchema: Sendable {
  case object([String: KeySchema])
  case array(KeySchema)
  case localized
  case scalar

  static let rulebook: KeySchema = {
    let sources = KeySchema.array(.scalar)
    return .object([
      "format": .scalar, "formatVersion": .scalar, "id": .scalar, "version": .scalar,
      "asOf": .scalar,
      "title": .localized, "notice": .localized, "universalReason": .localized,
      "jurisdictions": .array(
        .object([
          "id": .scalar, "name": .localized, "appliesIf": .localized, "exposure": .scalar,
        ])),
      "tiers": .array(
        .object(["id": .scalar, "label": .localized, "meaning": .localized, "sources": sources])),
      "sources": .array(
        .object([
          "id": .scalar, "title": .localized, "publisher": .localized, "date": .scalar,
          "url": .scalar, "kind": .scalar, "jurisdiction": .scalar,
          "status": .scalar, "verified": .scalar, "note": .localized,
        ])),
      "assumptions": .array(
        .object(["id": .scalar, "value": .scalar, "title": .localized, "text": .localized])),
      "sections": .array(.object(["id": .scalar, "title": .localized])),
      "questions": .array(
        .object([
          "id": .scalar, "section": .scalar, "kind": .scalar, "contract": .scalar,
          "text": .localized,
          "why": .localized, "help": .localized, "min": .scalar, "max": .scalar, "unit": .localized,
          "visibleIf": .scalar,
          "options": .array(
            .object([
              "value": .scalar, "label": .localized, "explain": .localized,
              "sectors": .array(.scalar),
            ])),
        ])),
      "regulators": .array(
        .object([
          "id": .scalar, "name": .localized, "abbreviation": .scalar, "abbreviationJa": .scalar,
          "role": .localized,
          "watch": .array(.localized), "sources": sources,
          "documents": .array(
            .object(["title": .localized, "date": .scalar, "status": .scalar, "sources": sources])),
        ])),
      "tierRules": .array(
        .object([
          "id": .scalar, "tier": .scalar, "when": .scalar, "reason": .localized,
          "anchor": .localized,
          "status": .scalar, "sources": sources, "assumptions": .array(.scalar),
        ])),
      "regulatorRules": .array(
        .object([
          "id": .scalar, "regulator": .scalar, "role": .scalar, "priority": .scalar,
          "when": .scalar,
          "why": .localized, "sources": sources,
        ])),
      "obligations": .array(
        .object([
          "id": .scalar, "title": .localized, "summary": .localized, "status": .scalar,
          "regulator": .scalar,
          "when": .scalar, "universal": .scalar, "jurisdiction": .scalar, "sources": sources,
          "asOf": .scalar, "verified": .scalar, "note": .localized,
        ])),
      "disclosureFields": .array(
        .object([
          "id": .scalar, "title": .localized, "prompt": .localized, "requiredWhen": .scalar,
          "recommendedWhen": .scalar, "requiredFromTier": .scalar,
          "frameworks": .array(
            .object([
              "name": .localized, "status": .scalar, "sources": sources, "jurisdiction": .scalar,
            ])),
        ])),
      "sandbox": .object([
        "routes": .array(
          .object([
            "id": .scalar, "name": .localized, "summary": .localized, "when": .scalar,
            "priority": .scalar,
            "status": .scalar, "statute": .localized, "timing": .localized,
            "timingConfirmed": .scalar,
            "desk": .scalar, "sources": sources,
            "desks": .array(.object(["regulator": .scalar, "when": .scalar])),
            "publication": .object([
              "text": .localized, "confirmed": .scalar, "sources": sources,
            ]),
          ])),
        "criteria": .array(
          .object([
            "id": .scalar, "routes": .array(.scalar), "title": .localized, "met": .scalar,
            "blocking": .scalar, "sources": sources,
          ])),
        "planItems": .array(
          .object([
            "id": .scalar, "title": .localized, "prompt": .localized, "article": .localized,
            "routes": .array(.scalar), "required": .scalar, "sources": sources,
          ])),
        "steps": .array(
          .object([
            "id": .scalar, "routes": .array(.scalar), "title": .localized,
            "article": .localized, "evidence": .localized, "timing": .localized,
            "timingConfirmed": .scalar, "sources": sources,
          ])),
      ]),
    ])
  }()

  /// Messages for members the schema does not know, with their JSON paths.
  static func unknownMembers(in node: JSONNode, schema: KeySchema, path: [JSONPathComponent] = [])
    -> [String]
  {
    switch (schema, node.value) {
    case (.object(let members), .object(let found)):
      var messages: [String] = []
      for member in found {
        let here = path + [.key(member.key)]
        guard let child = members[member.key] else {
          messages.append(
            "unknown member \"\(member.key)\" at \(here.dotted) (line \(member.keyPosition.line))\(Suggest.didYouMean(member.key, among: members.keys)); it is ignored"
          )
          continue
        }
        messages += unknownMembers(in: member.value, schema: child, path: here)
      }
      return messages
    case (.localized, .object):
      return unknownMembers(in: node, schema: .object(["en": .scalar, "ja": .scalar]), path: path)
    case (.array(let element), .array(let items)):
      return items.enumerated().flatMap {
        unknownMembers(in: $1, schema: element, path: path + [.index($0)])
      }
    default:
      return []
    }
  }
}
