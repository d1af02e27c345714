import Foundation
import Testing

@Suite struct PublishCommandTests {
  /// `staffplan publish` of the demo plan with a roster of `agents` agents, into `folder/name`.
  static func publish(agents: Int, to name: String, in folder: URL, extra: [String] = []) throws
    -> (result: StaffplanBinary.Output, out: URL)
  {
    let (roster, forecast) = try ValidationCLIFixture.files(agents: agents, in: folder)
    let out = folder.appendingPathComponent(name)
    let result = try StaffplanBinary.run(
      ["publish", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path, "--out", out.path]
        + extra)
    return (result, out)
  }

  @Test func refusesWithExitTwoAndWritesNothingWhenAPromiseBreaks() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (result, out) = try Self.publish(agents: 20, to: "coordinates.md", in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("voice: 80/20 is not kept"))
    #expect(result.stderr.contains("the roster keeps 80/"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func publishesEnglishMarkdown() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (result, out) = try Self.publish(agents: 30, to: "coordinates.md", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(text.hasPrefix("# Demo Bank: service coordinates\n"))
    #expect(text.contains("## Phone\n"))
    #expect(text.contains("80 % of calls answered within 20 seconds"))
    #expect(text.contains("90 % of e-mails answered within 24 hours"))
    #expect(text.contains("80 % of messages answered within 2 hours"))
    #expect(text.contains("Sun-Thu 07:00-24:00; Fri 07:00-14:00; Sat 20:00-24:00"))
    #expect(text.contains("- 2026-12-04"))
    // Valid for the roster week; holidays before it are not listed; the file ends with a newline.
    #expect(text.contains("\nValid for the week of 2026-11-29 to 2026-12-05.\n"))
    #expect(text.contains("## WhatsApp\n"))  // the channel's name: in plan.yaml
    #expect(!text.contains("2026-10-15") && !text.contains("2026-10-20"))
    #expect(text.hasSuffix("\n"))
  }

  /// `--promise strongest`: a broken promise is published as the strongest one the roster keeps.
  @Test func publishesTheStrongestPromiseKeptWhenAsked() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (result, out) = try Self.publish(agents: 20, to: "coordinates.md", in: folder, extra: ["--promise", "strongest",])
    #expect(result.status == 0, "\(result.stderr)")
    let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("published the strongest promise") })
    let strongest = try #require(line.split(separator: " ").last.map(String.init))  // 80/NN
    #expect(strongest.hasPrefix("80/") && strongest != "80/20")
    let text = try String(contentsOf: out, encoding: .utf8)
    let seconds = strongest.dropFirst(3)
    #expect(text.contains("80 % of calls answered within \(seconds) seconds"))
  }

  @Test func publishesPortugueseHTML() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (result, out) = try Self.publish(agents: 30, to: "coordenadas.html", in: folder, extra: ["--language", "pt",])
    #expect(result.status == 0, "\(result.stderr)")
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(text.contains("<html lang=\"pt\">"))
    #expect(text.contains("<h2>Telefone</h2>"))
    #expect(text.contains("80 % das chamadas atendidas em até 20 segundos"))
    #expect(text.contains("80 % dos chats atendidos em até 60 segundos"))
    #expect(text.contains("90 % dos e-mails respondidos em até 24 horas"))
    #expect(text.contains("dom-qui 07:00-24:00; sex 07:00-14:00; sáb 20:00-24:00"))
    #expect(text.contains("04/12/2026"))
  }

  /// A promise kept by formula but in fewer than 80 % of simulated weeks is said before publishing,
  /// channel by channel, exactly where `validate --simulate 30 --seed 1` calls it at risk (the line
  /// itself: ValidationTextTests); the document is still written. `--simulate 0` skips it. 22 agents
  /// keep voice at its edge (81.2 % by formula).
  @Test(arguments: [22, 30]) func promisesAtRiskAreSaidAsValidateSimulatesThem(agents: Int) throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (result, out) = try Self.publish(agents: agents, to: "coordinates.md", in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.path))
    let (roster, forecast) = try ValidationCLIFixture.files(agents: agents, in: folder)
    let validate = try StaffplanBinary.run(
      ["validate", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path,
       "--simulate", "30", "--seed", "1", "--json"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [String: Any])
    let channels = try #require(json["channels"] as? [[String: Any]])
    for channel in channels {
      let id = try #require(channel["channel"] as? String)
      let kept = try #require(channel["kept"] as? Bool)
      let probability = try #require(channel["probabilityKept"] as? Double)
      let said = result.stderr.contains("publish: \(id): at risk: kept by formula, in \(Int((probability * 30).rounded())) of 30 simulated weeks; ")
      #expect(said == (kept && probability < 0.8), "\(id): \(result.stderr)")
    }
    let (quiet, _) = try Self.publish(agents: agents, to: "quiet.md", in: folder, extra: ["--simulate", "0"])
    #expect(quiet.status == 0 && !quiet.stderr.contains("at risk"), "\(quiet.stderr)")
  }

  @Test func unknownExtensionExits64() throws {
    let folder = try Fixture.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (roster, forecast) = try ValidationCLIFixture.files(agents: 30, in: folder)
    let result = try StaffplanBinary.run([
      "publish", "--plan", ValidationCLIFixture.plan, "--roster", roster.path, "--forecast", forecast.path,
      "--out", folder.appendingPathComponent("x.pdf").path,
    ])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("--out: "))
  }
}
