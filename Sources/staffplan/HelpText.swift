/// `--help` discussions written in the source with hard line breaks, as paragraphs.
///
/// argument-parser wraps a discussion to the terminal's width; a text already broken at about 100
/// columns was wrapped twice (a line break every 80 columns, then another at 100). Lines of one
/// paragraph are joined with spaces; blank lines, and lines indented by two spaces or more (examples,
/// lists), keep their breaks.
enum HelpText {
  static func paragraphs(_ text: String) -> String {
    var out: [String] = []
    var joining = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let indented = line.hasPrefix("  ") || line.hasPrefix("- ")
      if line.isEmpty || indented {
        out.append(line)
        joining = false
      } else if joining, let last = out.popLast() {
        out.append(last + " " + line)
      } else {
        out.append(line)
        joining = !line.hasSuffix(":")
      }
    }
    return out.joined(separator: "\n")
  }
}
