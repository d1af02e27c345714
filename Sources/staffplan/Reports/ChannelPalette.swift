/// One colour per channel, the same in every chart of the report.
///
/// Colours follow the plan's channel order from the Okabe-Ito palette, which stays distinguishable
/// for the common forms of colour blindness and in greyscale print by lightness.
struct ChannelPalette {
  static let colors = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D1F", "#555555"]
  private let positions: [String: Int]

  init(channels: [String]) {
    var positions: [String: Int] = [:]
    for (index, channel) in channels.enumerated() where positions[channel] == nil { positions[channel] = index }
    self.positions = positions
  }

  /// The channel's colour; grey for a channel the plan does not list.
  func color(_ channel: String?) -> String {
    guard let channel, let position = positions[channel] else { return "#777777" }
    return Self.colors[position % Self.colors.count]
  }
}
