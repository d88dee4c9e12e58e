#!/usr/bin/env python3
"""Writes Fuzz/Corpus/rulebook/mini-rulebook.json: the bundled rulebook cut down to a few KB
(short texts, one source, a few rules of each kind), so the rulebook harness runs fast.
Run from the repository top: python3 Fuzz/make-mini-rulebook.py"""
import json

book = json.load(open("Sources/ShinsaCore/Resources/jp-ai.json", encoding="utf-8"))
contract = {"sector", "use_case", "role", "people_affected", "decision_role",
            "infrastructure_operator", "personal_data", "cross_border_transfer",
            "uses_foundation_model", "fine_tuned", "offered_in_eu", "headquarters",
            "regulatory_barrier"}
keep_source = book["sources"][0]["id"]


def shrink(value, key=None):
    if isinstance(value, dict):
        if set(value) == {"en", "ja"}:
            return {"en": "e", "ja": "j"}
        return {k: shrink(v, k) for k, v in value.items()}
    if isinstance(value, list):
        if key == "sources":
            return [keep_source]
        if key in ("watch", "documents", "frameworks"):
            return [shrink(v) for v in value[:1]]
        return [shrink(v) for v in value]
    if isinstance(value, str) and key in ("url", "date", "note"):
        return value[:20]
    return value


book["sources"] = book["sources"][:1]
book["questions"] = [q for q in book["questions"] if q["id"] in contract]
asked = {q["id"] for q in book["questions"]}
for q in book["questions"]:
    if "visibleIf" in q and not all(w in asked or not w.replace("_", "").isalpha()
                                    for w in q["visibleIf"].split()):
        del q["visibleIf"]


def usable(rule, key="when"):
    words = [w for w in rule.get(key, "").replace("(", " ").replace(")", " ").split()]
    return all(not ("_" in w) or w in asked for w in words)


book["tierRules"] = [r for r in book["tierRules"] if usable(r)][:3]
book["regulatorRules"] = [r for r in book["regulatorRules"] if usable(r)][:3]
book["obligations"] = [r for r in book["obligations"] if usable(r)][:3]
book["disclosureFields"] = [f for f in book["disclosureFields"]
                            if usable(f, "requiredWhen") and usable(f, "recommendedWhen")][:2]
book["sandbox"]["routes"] = [r for r in book["sandbox"]["routes"] if usable(r)]
routes = {r["id"] for r in book["sandbox"]["routes"]}
book["sandbox"]["criteria"] = [c for c in book["sandbox"]["criteria"] if usable(c, "met")][:2]
for criterion in book["sandbox"]["criteria"]:
    criterion["routes"] = [r for r in criterion["routes"] if r in routes]
sources = [shrink(source) for source in book.pop("sources")]
book = shrink(book)
book["sources"] = sources
with open("Fuzz/Corpus/rulebook/mini-rulebook.json", "w", encoding="utf-8") as out:
    json.dump(book, out, ensure_ascii=False, separators=(",", ":"))
    out.write("\n")
