import Testing

@testable import staffplan

@Suite struct HelpTextTests {
  @Test func paragraphsAreJoinedAndExamplesKeepTheirLines() {
    let text = "Reads the roster\nand checks it.\n\nExample:\n  staffplan check --plan P\n  staffplan check --json\n- a list item\n- another"
    #expect(
      HelpText.paragraphs(text)
        == "Reads the roster and checks it.\n\nExample:\n  staffplan check --plan P\n  staffplan check --json\n- a list item\n- another")
  }

  @Test func everyCommandsDiscussionIsWrappedOnlyByTheTerminal() {
    // A hard break inside a paragraph shows as a short line in an 80-column terminal.
    for discussion in [ScheduleCommand.configuration.discussion, CheckCommand.configuration.discussion] {
      let lines = discussion.split(separator: "\n", omittingEmptySubsequences: false)
      for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !line.hasPrefix("  ") && !line.hasSuffix(":") {
        #expect(next.isEmpty || next.hasPrefix("  ") || next.hasPrefix("- "), "\(line) / \(next)")
      }
    }
  }
}
