import Foundation
import Testing

@Suite struct ErlangCommandTests {
  @Test func jsonCarriesTheContractFields() throws {
    let output = try StaffplanBinary.run([
      "erlang", "--volume", "2880", "--interval", "1h", "--aht", "60s", "--target", "80/20",
      "--patience", "120s", "--shrinkage", "30%", "--json",
    ])
    #expect(output.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(object["model"] as? String == "erlang-a")
    #expect(object["agents"] as? Int == 46)
    let fractional = try #require(object["agentsFractional"] as? Double)
    #expect(fractional > 45 && fractional <= 46)
    let scheduled = try #require(object["scheduledAgents"] as? Double)
    #expect(abs(scheduled - fractional / 0.7) < 1e-9)
    for key in ["serviceLevel", "asa", "waitProbability", "occupancy", "abandonment"] {
      #expect(object[key] is Double, "missing \(key)")
    }
  }

  @Test func agentsFlagGivesFiguresOfThatStaff() throws {
    let output = try StaffplanBinary.run([
      "erlang", "--volume", "360", "--interval", "30m", "--aht", "240s", "--target", "80/15", "--agents", "55",
      "--json",
    ])
    #expect(output.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(object["model"] as? String == "erlang-c")
    #expect(object["agents"] as? Int == 55)
    #expect(abs((object["serviceLevel"] as? Double ?? 0) - 0.8459) < 1e-4)
    #expect(abs((object["asa"] as? Double ?? 0) - 8.184) < 1e-3)
    #expect(object["abandonment"] == nil)
  }

  @Test func chatModelIsNamed() throws {
    let output = try StaffplanBinary.run([
      "erlang", "--volume", "90", "--interval", "30m", "--aht", "300s", "--target", "80/60", "--concurrency", "3",
      "--json",
    ])
    #expect(output.status == 0)
    #expect(output.stdout.contains("\"model\": \"chat\""))
  }

  /// Chat with a patience: Erlang A on the agents' slots, as `require` sizes such a channel.
  /// Reference (scripts/sizing_reference.py, a CTMC): 0.05 chats/s, 450 s per slot (300 s x 1.5 at
  /// 3 chats), patience 240 s: 21 slots 68.73 %, 24 slots (8 agents) 84.78 % in 60 s, 6.67 % abandon.
  @Test func chatWithAPatienceIsErlangAOnItsSlots() throws {
    let output = try StaffplanBinary.run([
      "erlang", "--volume", "90", "--interval", "30m", "--aht", "300s", "--target", "80/60", "--concurrency", "3",
      "--patience", "4m", "--json",
    ])
    #expect(output.status == 0, "\(output.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(object["agents"] as? Int == 8)
    #expect(abs((object["serviceLevel"] as? Double ?? 0) - 0.8478) < 5e-4)
    #expect(abs((object["abandonment"] as? Double ?? 0) - 0.0667) < 5e-4)
  }

  @Test func tableIsReadable() throws {
    let output = try StaffplanBinary.run([
      "erlang", "--volume", "360", "--interval", "30m", "--aht", "240s", "--target", "80/20",
    ])
    #expect(output.status == 0)
    // Exact reference (scripts/sizing_reference.py): SL(20 s) 0.7518 at 53 agents, 0.8174 at 54.
    #expect(output.stdout.contains("agents            54"))
    #expect(output.stdout.contains("service level"))
  }

  @Test func bareHandleTimeExitsSixtyFourWithOneLine() throws {
    let output = try StaffplanBinary.run([
      "erlang", "--volume", "360", "--interval", "30m", "--aht", "180", "--target", "80/20",
    ])
    #expect(output.status == 64)
    #expect(output.stderr == "--aht: \"180\" has no unit; add one: 180s, 180m or 180h\n")
    #expect(output.stdout.isEmpty)
  }

  @Test func unknownFlagExitsSixtyFourWithOneLine() throws {
    let output = try StaffplanBinary.run(["erlang", "--volume", "360", "--bogus"])
    #expect(output.status == 64)
    #expect(output.stderr.split(separator: "\n").count == 1)
  }

  @Test func badShrinkageNamesTheFlag() throws {
    let output = try StaffplanBinary.run([
      "erlang", "--volume", "360", "--interval", "30m", "--aht", "180s", "--target", "80/20", "--shrinkage", "120%",
    ])
    #expect(output.status == 64)
    #expect(output.stderr.hasPrefix("--shrinkage: "))
  }

  /// The reverse question: the most volume 20 agents take at 80/20 (240 s, 30 min). One contact
  /// more needs a 21st agent; at the figure, 20 agents suffice.
  @Test func maxVolumeIsTheLargestVolumeTheAgentsKeepTheTargetFor() throws {
    let args = ["--interval", "30m", "--aht", "240s", "--target", "80/20"]
    let output = try StaffplanBinary.run(["erlang"] + args + ["--agents", "20", "--max-volume", "--json"])
    #expect(output.status == 0, "\(output.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let volume = try #require(object["maxVolume"] as? Double)
    #expect(volume > 100 && volume < 140)
    #expect(try #require(object["serviceLevel"] as? Double) >= 0.8)
    let sized = { (volume: Double) throws -> Int? in
      let run = try StaffplanBinary.run(["erlang", "--volume", String(volume)] + args + ["--json"])
      return (try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])?["agents"] as? Int
    }
    #expect(try sized(volume) == 20)
    #expect(try sized(volume + 0.05) == 21)
    let refused = try StaffplanBinary.run(["erlang"] + args + ["--max-volume"])
    #expect(refused.status == 64)
    #expect(refused.stderr == "--max-volume: needs the number of agents; add --agents N, like --agents 20\n")
  }

  /// Scheduled agents are shown for the real requirement and for the whole agents, named.
  @Test func tableShowsScheduledAgentsForRealAndWholeStaff() throws {
    let output = try StaffplanBinary.run([
      "erlang", "--volume", "120", "--interval", "30m", "--aht", "240s", "--target", "80/20", "--shrinkage", "30%",
    ])
    #expect(output.status == 0)
    #expect(output.stdout.contains("scheduled agents  28.35 real, 28.57 for 20 whole  (after 30% shrinkage)"))
  }
}
