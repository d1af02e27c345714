/// Escaping and small building blocks of the report's HTML and SVG text.
///
/// Every piece of text that comes from a file (plan name, channel ids, agent names, statuses) goes
/// through ``escape(_:)`` before it reaches the page, in element content and in attribute values
/// alike: names such as `Tom & Jerry <night>` or `"VIP" line` must read as written and never open a tag.
enum HTMLText {
  /// The text with `& < > " '` replaced by entities; safe in element content and quoted attributes.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// An HTML table: `header` cells and rows of already escaped HTML cells; `numeric` columns align right.
  static func table(header: [String], rows: [[String]], numeric: Set<Int> = [], caption: String? = nil) -> String {
    var html = "<table>\n"
    if let caption { html += "<caption>\(escape(caption))</caption>\n" }
    html += "<thead><tr>"
    for (index, cell) in header.enumerated() {
      html += numeric.contains(index) ? "<th class=\"num\">\(escape(cell))</th>" : "<th>\(escape(cell))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        html += numeric.contains(index) ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }
}
