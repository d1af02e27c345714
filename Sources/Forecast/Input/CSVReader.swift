import Foundation

/// A streaming reader of comma-separated files as spreadsheets and exports write them.
///
/// Goals, in order: never crash or hang on any input; say exactly where a file is broken; read
/// millions of rows in bounded memory; be fast enough that reading is never the slow stage.
///
/// Handles RFC 4180 quoting (`"a, b"`, `""` for a quote, line breaks inside quotes), a UTF-8 byte
/// order mark, CRLF or LF line ends, a missing final newline, and blank lines (skipped). Refuses NUL
/// bytes and invalid UTF-8 (binary files), an unterminated quote, and text after a closing quote.
/// The file is read in chunks of `chunkSize` bytes, so memory stays bounded whatever its length.
public struct CSVReader: Sendable {
  /// The name used in error messages (usually the path as the user wrote it).
  public var name: String
  private var source: Source
  private let chunkSize: Int

  private enum Source: Sendable {
    case file(String)
    case text([UInt8])
  }

  /// Reads the file at `path`; errors name it as `name` (default: the path).
  public init(path: String, name: String? = nil, chunkSize: Int = 1 << 20) {
    self.name = name ?? path
    self.source = .file(path)
    self.chunkSize = max(chunkSize, 16)
  }

  /// Reads CSV from a string, for tests and embedded data.
  public init(text: String, name: String) {
    self.name = name
    self.source = .text(Array(text.utf8))
    self.chunkSize = 1 << 20
  }

  /// Calls `body` for every record in order, the header included. Stops at the first thrown error.
  public func forEachRow(_ body: (CSVRow) throws -> Void) throws {
    var parser = CSVParser(name: name)
    switch source {
    case .text(let bytes):
      try bytes.withUnsafeBufferPointer { try parser.feed($0, body) }
    case .file(let path):
      guard let handle = FileHandle(forReadingAtPath: path) else {
        let exists = FileManager.default.fileExists(atPath: path)
        throw InputError(
          file: name, problem: exists ? "cannot be read" : "does not exist",
          remedy: exists ? "check its permissions" : "check the path")
      }
      defer { try? handle.close() }
      while true {
        let chunk: Data?
        do {
          chunk = try handle.read(upToCount: chunkSize)
        } catch {
          throw InputError(file: name, problem: "cannot be read (\(error.localizedDescription))",
                           remedy: "check that it is a regular file")
        }
        guard let chunk, !chunk.isEmpty else { break }
        try chunk.withUnsafeBytes { raw in
          try parser.feed(raw.bindMemory(to: UInt8.self), body)
        }
      }
    }
    try parser.finish(body)
  }

  /// All records in memory; convenient for small files such as `agents.csv`.
  public func rows() throws -> [CSVRow] {
    var rows: [CSVRow] = []
    try forEachRow { rows.append($0) }
    return rows
  }
}

/// The byte-level state machine behind ``CSVReader``; carries state across chunks.
struct CSVParser {
  let name: String
  private var field: [UInt8] = []
  private var fields: [String] = []
  private var inQuotes = false
  private var quoteClosed = false
  private var pendingCR = false
  private var line = 1
  private var rowLine = 1
  private var atStart = true
  private var bomBytesSeen = 0
  private var fieldStarted = false
  /// The separator the header used instead of commas (`;` or a tab), when it was one such field.
  private var otherSeparator: String?

  init(name: String) { self.name = name }

  private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Parses `bytes`, calling `body` for each complete record. Runs of plain field bytes (no quote,
  /// comma, line end or NUL) are copied in one step; every other byte goes through ``consume``.
  mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (CSVRow) throws -> Void) throws {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if atStart {
        if bomBytesSeen < 3, byte == Self.bom[bomBytesSeen] {
          bomBytesSeen += 1
          if bomBytesSeen == 3 { atStart = false }
          index += 1
          continue
        }
        atStart = false
        if bomBytesSeen > 0 {
          field.append(contentsOf: Self.bom[0..<bomBytesSeen])
          fieldStarted = true
        }
      }
      if !inQuotes, !quoteClosed, !pendingCR, Self.isPlain(byte) {
        var end = index + 1
        while end < count, Self.isPlain(bytes[end]) { end += 1 }
        field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        fieldStarted = true
        index = end
        continue
      }
      try consume(byte, body)
      index += 1
    }
  }

  /// A byte that is part of an unquoted field's text.
  @inline(__always)
  private static func isPlain(_ byte: UInt8) -> Bool {
    byte != 0x2C && byte != 0x0A && byte != 0x0D && byte != 0x22 && byte != 0
  }

  private mutating func consume(_ byte: UInt8, _ body: (CSVRow) throws -> Void) throws {
    if byte == 0 {
      throw InputError(
        file: name, line: line, problem: "contains a NUL byte: this is not a text file",
        remedy: "export it as CSV (comma-separated text, UTF-8)")
    }
    if pendingCR {
      pendingCR = false
      if byte == 0x0A { return }  // CRLF: the CR already ended the line
    }
    if inQuotes {
      if byte == 0x22 {
        inQuotes = false
        quoteClosed = true
      } else {
        if byte == 0x0A { line += 1 }
        field.append(byte)
      }
      return
    }
    switch byte {
    case 0x22:  // "
      if quoteClosed {
        // A doubled quote inside a quoted field: `""` stands for one quote.
        field.append(0x22)
        inQuotes = true
        quoteClosed = false
      } else if fieldStarted {
        // `M001;"García; Lucía";voice`: a quoted field in a file separated by semicolons, the
        // spreadsheet export of a comma-decimal locale; its header says what is wrong.
        if let otherSeparator {
          throw InputError(
            file: name, line: 1, problem: "the header uses \(otherSeparator) between fields",
            remedy: "save the file comma-separated (a spreadsheet's \"CSV (comma delimited)\")")
        }
        throw InputError(
          file: name, line: line, field: "\(fields.count + 1)",
          problem: "has a quote in the middle of an unquoted field",
          remedy: "quote the whole field and double the inner quotes, like \"say \"\"hi\"\"\"")
      } else {
        inQuotes = true
        fieldStarted = true
      }
    case 0x2C:  // ,
      try endField()
    case 0x0D, 0x0A:
      if byte == 0x0D { pendingCR = true }
      try endRow(body)
      line += 1
      rowLine = line
    default:
      if quoteClosed {
        throw InputError(
          file: name, line: line, field: "\(fields.count + 1)",
          problem: "has text after a closing quote",
          remedy: "quote the whole field and double the inner quotes")
      }
      field.append(byte)
      fieldStarted = true
    }
  }

  private mutating func endField() throws {
    guard let text = String(validating: field, as: UTF8.self) else {
      throw InputError(
        file: name, line: line, field: "\(fields.count + 1)",
        problem: "is not valid UTF-8 text", remedy: "save the file as UTF-8 CSV")
    }
    fields.append(text)
    field.removeAll(keepingCapacity: true)
    quoteClosed = false
    fieldStarted = false
  }

  private mutating func endRow(_ body: (CSVRow) throws -> Void) throws {
    if fields.isEmpty, field.isEmpty, !fieldStarted, !quoteClosed {
      return  // a blank line
    }
    try endField()
    if rowLine == 1, fields.count == 1 {
      otherSeparator = fields[0].contains(";") ? "semicolons" : fields[0].contains("\t") ? "tabs" : nil
    }
    // The row is gone when body returns (unless body keeps it), so the fields' buffer is reused.
    defer { fields.removeAll(keepingCapacity: true) }
    try body(CSVRow(line: rowLine, fields: fields))
  }

  mutating func finish(_ body: (CSVRow) throws -> Void) throws {
    if atStart, bomBytesSeen > 0 {
      field.append(contentsOf: Self.bom[0..<bomBytesSeen])
      fieldStarted = true
    }
    if inQuotes {
      throw InputError(
        file: name, line: rowLine, problem: "has a quote that is never closed",
        remedy: "close the quoted field or remove the stray quote")
    }
    try endRow(body)
  }
}
