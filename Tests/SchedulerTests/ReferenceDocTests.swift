import Foundation
import Testing

@testable import Scheduler

/// docs/reference.md documents every key the readers accept, and only those.
///
/// The reference's key tables are Markdown tables whose header's first cell names what they list:
/// `plan.yaml key`, `channels[] key`, `shifts key`, `shifts.breaks[] key`, `rules key` and
/// `agents.csv column`; every row's first cell is one key as a code span (`` `timezone` ``). Each
/// table must list exactly the keys its reader accepts; every key must also appear somewhere in the
/// page as a code span.
@Suite struct ReferenceDocTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The readers' key lists, by the key table header that documents each.
  static let readers: [(table: String, keys: [String])] = [
    ("plan.yaml key", PlanReader.planKeys),
    ("channels[] key", PlanReader.channelKeys),
    ("shifts key", PlanReader.shiftKeys),
    ("shifts.breaks[] key", PlanReader.breakKeys),
    ("rules key", PlanReader.ruleKeys),
    ("agents.csv column", AgentsReader.columns),
    ("capacity.yaml key", CapacityAssumptionsReader.keys),
    ("capacity.yaml shrinkage key", CapacityAssumptionsReader.shrinkageKeys),
    ("capacity.yaml attrition key", CapacityAssumptionsReader.attritionKeys),
    ("capacity.yaml hiring key", CapacityAssumptionsReader.hiringKeys),
    ("capacity.yaml costs key", CapacityAssumptionsReader.costKeys),
    ("capacity scenario key", CapacityScenarioReader.keys),
  ]

  static func reference() throws -> String {
    let url = root.appendingPathComponent("docs/reference.md")
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// Every `code span` of the text (single backticks).
  static func codeSpans(_ text: String) -> Set<String> {
    var spans: Set<String> = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let parts = line.split(separator: "`", omittingEmptySubsequences: false)
      for (index, part) in parts.enumerated() where index % 2 == 1 && index < parts.count - 1 {
        spans.insert(String(part))
      }
    }
    return spans
  }

  /// The Markdown tables of the text: the header's first cell and each body row's first cell.
  static func tables(_ text: String) -> [(header: String, firstCells: [String])] {
    func cells(_ line: Substring) -> [String] {
      var body = line.trimmingCharacters(in: .whitespaces)
      if body.hasPrefix("|") { body.removeFirst() }
      if body.hasSuffix("|") { body.removeLast() }
      // `\|` inside a cell is an escaped bar, not a cell border.
      return body.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|", omittingEmptySubsequences: false)
        .map { $0.replacingOccurrences(of: "\u{1}", with: "|").trimmingCharacters(in: .whitespaces) }
    }
    var result: [(header: String, firstCells: [String])] = []
    var current: [Substring] = []
    func flush() {
      defer { current = [] }
      guard current.count >= 2, let header = cells(current[0]).first else { return }
      let body = current.dropFirst(2).compactMap { cells($0).first }
      result.append((header, body))
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.trimmingCharacters(in: .whitespaces).hasPrefix("|") {
        current.append(line)
      } else {
        flush()
      }
    }
    flush()
    return result
  }

  @Test func everyKeyTheReadersAcceptIsACodeSpanOfTheReference() throws {
    let spans = Self.codeSpans(try Self.reference())
    for (table, keys) in Self.readers {
      let missing = keys.filter { !spans.contains($0) }
      #expect(missing.isEmpty, "docs/reference.md does not mention these \(table)s as `code`")
    }
  }

  @Test func eachKeyTableListsExactlyItsReadersKeys() throws {
    let tables = Self.tables(try Self.reference())
    for (table, keys) in Self.readers {
      let found = tables.filter { $0.header == table }
      #expect(found.count == 1, "docs/reference.md has \(found.count) tables headed \"\(table)\"; expected 1")
      guard let cells = found.first?.firstCells else { continue }
      var listed: [String] = []
      for cell in cells {
        let isCode = cell.count > 2 && cell.hasPrefix("`") && cell.hasSuffix("`")
        #expect(isCode, "\"\(table)\" table: first cell \(cell) is not one `key`")
        if isCode { listed.append(String(cell.dropFirst().dropLast())) }
      }
      for key in listed where !keys.contains(key) {
        Issue.record("\"\(table)\" table lists `\(key)`, which the reader does not accept")
      }
      for key in keys where !listed.contains(key) {
        Issue.record("\"\(table)\" table does not list `\(key)`, which the reader accepts")
      }
      #expect(Set(listed).count == listed.count, "\"\(table)\" table lists a key twice")
    }
  }

  /// The text of the first fenced block of `language` after the line `heading`.
  static func fencedBlock(_ text: String, after heading: String, language: String) -> String? {
    guard let start = text.range(of: "\n\(heading)\n") else { return nil }
    let rest = text[start.upperBound...]
    guard let open = rest.range(of: "```\(language)\n"), let close = rest[open.upperBound...].range(of: "\n```") else {
      return nil
    }
    return String(rest[open.upperBound..<close.lowerBound])
  }

  @Test func completeExamplePlanAndAgentsRead() throws {
    let text = try Self.reference()
    let yaml = try #require(Self.fencedBlock(text, after: "### A complete plan", language: "yaml"))
    let plan = try PlanReader.read(yaml: yaml)
    #expect(plan.shifts != nil && plan.rules != nil)
    let csv = try #require(Self.fencedBlock(text, after: "## agents.csv", language: "csv"))
    let agents = try AgentsReader.read(csv: csv, channelIDs: plan.channels.map(\.id), interval: plan.intervalLength)
    #expect(agents.count == 3)
  }

  @Test func tableParserReadsFirstCellsAndEscapedBars() {
    let text = """
      intro `name`

      | plan.yaml key | example |
      |---|---|
      | `name` | `a \\| b` |
      | `week` | 2026-11-30 |

      | other | x |
      |---|---|
      | y | z |
      """
    let tables = Self.tables(text)
    #expect(tables.map(\.header) == ["plan.yaml key", "other"])
    #expect(tables.first?.firstCells == ["`name`", "`week`"])
    #expect(Self.codeSpans(text).contains("name"))
  }
}
