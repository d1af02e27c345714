/// The text rules of RFC 5545 content lines: value escaping, line folding, CRLF line ends.
///
/// - Escaping (RFC 5545 §3.3.11): in TEXT values a backslash, semicolon and comma are preceded by a
///   backslash and a line break is written `\n`.
/// - Folding (§3.1): a content line longer than 75 octets is split, each continuation starting with
///   one space; splits never fall inside a UTF-8 character, so names like "João" survive intact.
/// - Line ends are CRLF, the last line included.
enum ICalendarText {
  /// A TEXT value with `\ ; ,` and line breaks escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\n", "\r\n": result += "\\n"
      case "\r": continue
      default: result.append(character)
      }
    }
    return result
  }

  /// A parameter value, quoted when it holds `: ; ,` (RFC 5545 §3.2); double quotes are dropped.
  static func parameter(_ value: String) -> String {
    let clean = value.filter { $0 != "\"" && !$0.isNewline }
    return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(clean)\"" : clean
  }

  /// One content line folded to at most 75 octets per physical line, joined by CRLF + space.
  static func fold(_ line: String) -> String {
    let bytes = Array(line.utf8)
    guard bytes.count > 75 else { return line }
    var pieces: [String] = []
    var start = 0
    var limit = 75
    while start < bytes.count {
      var end = min(start + limit, bytes.count)
      // Back off to a character boundary: never end before a UTF-8 continuation byte (10xxxxxx).
      while end < bytes.count, end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
      pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
      start = end
      limit = 74  // the leading space of a continuation line counts
    }
    return pieces.joined(separator: "\r\n ")
  }

  /// The whole object: every line folded, each ending in CRLF.
  static func document(_ lines: [String]) -> String {
    lines.map { fold($0) + "\r\n" }.joined()
  }
}
