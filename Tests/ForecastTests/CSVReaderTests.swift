import Foundation
import Forecast
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
  private func rows(_ text: String) throws -> [CSVRow] {
    try CSVReader(text: text, name: "t.csv").rows()
  }

  @Test func readsPlainRowsWithLineNumbers() throws {
    let result = try rows("a,b\n1,2\n\n3,4")
    #expect(result == [
      CSVRow(line: 1, fields: ["a", "b"]), CSVRow(line: 2, fields: ["1", "2"]),
      CSVRow(line: 4, fields: ["3", "4"]),
    ])
  }

  @Test func handlesQuotesEscapesAndLineBreaksInsideQuotes() throws {
    let result = try rows("id,name\n1,\"Silva, Ana\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,x\n")
    #expect(result[1].fields == ["1", "Silva, Ana"])
    #expect(result[2].fields == ["2", "say \"hi\""])
    #expect(result[3].fields == ["3", "two\nlines"])
    #expect(result[4].line == 6)
  }

  @Test func stripsByteOrderMarkAndCRLF() throws {
    let result = try rows("\u{FEFF}a,b\r\n1,2\r\n")
    #expect(result == [CSVRow(line: 1, fields: ["a", "b"]), CSVRow(line: 2, fields: ["1", "2"])])
  }

  @Test func keepsEmptyFields() throws {
    #expect(try rows("a,,c,\n")[0].fields == ["a", "", "c", ""])
    #expect(try rows("\"\",x\n")[0].fields == ["", "x"])
  }

  @Test func refusesBinaryAndBrokenQuoting() {
    #expect(throws: InputError.self) { try rows("a,b\n1,\u{0}\n") }
    #expect(
      throws: InputError(
        file: "t.csv", line: 2, problem: "has a quote that is never closed",
        remedy: "close the quoted field or remove the stray quote")
    ) { try rows("a\n\"open\n") }
    #expect(throws: InputError.self) { try rows("a\n\"x\"y\n") }
    #expect(throws: InputError.self) { try rows("a\nab\"c\n") }
  }

  @Test func refusesInvalidUTF8() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).csv").path
    try Data([0x61, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: InputError.self) { try CSVReader(path: path).rows() }
  }

  @Test func readsFilesAcrossChunkBoundaries() throws {
    var text = "\u{FEFF}ts,\"name\"\r\n"
    for index in 0..<500 { text += "\(index),\"a,\"\"\(index)\"\"\"\r\n" }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID()).csv").path
    try AtomicFile.write(text, to: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let small = try CSVReader(path: path, chunkSize: 16).rows()
    let whole = try CSVReader(text: text, name: "t").rows()
    #expect(small == whole)
    #expect(small.count == 501)
    #expect(small[0].fields == ["ts", "name"])
    #expect(small[500].fields == ["499", "a,\"499\""])
  }

  @Test func missingFileIsNamed() {
    #expect(
      throws: InputError(file: "nope.csv", problem: "does not exist", remedy: "check the path")
    ) { try CSVReader(path: "/nonexistent/x.csv", name: "nope.csv").rows() }
  }

  @Test func errorRendersOneLineWithPlace() {
    let error = InputError(file: "h.csv", line: 18, field: "volume", problem: "\"12,5\" is not a number",
                           remedy: "use a dot for decimals")
    #expect(error.message == "h.csv line 18, field volume: \"12,5\" is not a number; use a dot for decimals")
  }
}
