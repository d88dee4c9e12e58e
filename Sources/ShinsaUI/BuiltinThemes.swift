// The built-in themes: the text of each file in themes/, embedded so the binary works without
// the repository. ThemeTests compares them byte for byte with the files, so they cannot drift.
//
// Do not edit by hand. After changing a file in themes/, regenerate this file with
//   SHINSA_REGENERATE_THEMES=1 swift test --filter ThemeTests
// and then run `swift test --filter ThemeTests` again to check it.

/// The text of each built-in theme file, by theme name.
enum BuiltinThemes {
  static let texts: [String: String] = [
    "default": defaultText,
    "light": lightText,
    "high-contrast": highContrastText,
    "monochrome": monochromeText,
  ]

  static let defaultText = #"""
    # shinsa theme "default": for dark terminal backgrounds.
    # Basic ANSI colours only, so it follows your terminal's palette.
    #
    # Format (the full guide is docs/themes.md):
    #   #  starts a comment; blank lines are ignored.
    #   name = NAME               the theme's name (defaults to the file name)
    #   monochrome = true|false   true: attributes only, no colour at all
    #   ROLE = [COLOUR] [on COLOUR] [ATTRIBUTE ...]
    #                             foreground, then background, then attributes
    # Colours: default (the terminal's own), black red green yellow blue
    #   magenta cyan white, bright-black ... bright-white, color0 ... color255.
    # Attributes: bold underline reverse dim.
    # Roles (every one must be set, once): text muted accent selection border
    #   header status key success warning error tier-standard tier-important
    #   tier-specially-designated.
    # On 8-colour terminals bright-X is drawn as X; colorN becomes the nearest
    #   of the 16 (or 8) basic colours.

    name = default
    monochrome = false

    text                      = default
    muted                     = default dim
    accent                    = bright-cyan bold
    selection                 = bright-white on blue bold
    border                    = bright-blue
    header                    = black on cyan bold
    status                    = black on white
    key                       = bright-magenta bold
    success                   = bright-green
    warning                   = bright-yellow
    error                     = bright-red bold
    tier-standard             = black on green
    tier-important            = black on yellow bold
    tier-specially-designated = bright-white on red bold

    """#

  static let lightText = #"""
    # shinsa theme "light": for light (white or cream) terminal backgrounds.
    # No yellow or white text on the terminal's own background.
    #
    # Format (the full guide is docs/themes.md):
    #   #  starts a comment; blank lines are ignored.
    #   name = NAME               the theme's name (defaults to the file name)
    #   monochrome = true|false   true: attributes only, no colour at all
    #   ROLE = [COLOUR] [on COLOUR] [ATTRIBUTE ...]
    #                             foreground, then background, then attributes
    # Colours: default (the terminal's own), black red green yellow blue
    #   magenta cyan white, bright-black ... bright-white, color0 ... color255.
    # Attributes: bold underline reverse dim.
    # Roles (every one must be set, once): text muted accent selection border
    #   header status key success warning error tier-standard tier-important
    #   tier-specially-designated.
    # On 8-colour terminals bright-X is drawn as X; colorN becomes the nearest
    #   of the 16 (or 8) basic colours.

    name = light
    monochrome = false

    text                      = default
    muted                     = bright-black
    accent                    = blue bold
    selection                 = bright-white on blue bold
    border                    = bright-black
    header                    = black on cyan bold
    status                    = bright-white on bright-black
    key                       = magenta bold
    success                   = green bold
    warning                   = black on yellow
    error                     = red bold
    tier-standard             = black on green
    tier-important            = black on yellow bold
    tier-specially-designated = bright-white on red bold

    """#

  static let highContrastText = #"""
    # shinsa theme "high-contrast": bright text on a black background it paints
    # itself, so it looks the same whatever the terminal's own colours are.
    #
    # Format (the full guide is docs/themes.md):
    #   #  starts a comment; blank lines are ignored.
    #   name = NAME               the theme's name (defaults to the file name)
    #   monochrome = true|false   true: attributes only, no colour at all
    #   ROLE = [COLOUR] [on COLOUR] [ATTRIBUTE ...]
    #                             foreground, then background, then attributes
    # Colours: default (the terminal's own), black red green yellow blue
    #   magenta cyan white, bright-black ... bright-white, color0 ... color255.
    # Attributes: bold underline reverse dim.
    # Roles (every one must be set, once): text muted accent selection border
    #   header status key success warning error tier-standard tier-important
    #   tier-specially-designated.
    # On 8-colour terminals bright-X is drawn as X; colorN becomes the nearest
    #   of the 16 (or 8) basic colours.

    name = high-contrast
    monochrome = false

    text                      = bright-white on black
    muted                     = white on black
    accent                    = bright-cyan on black bold
    selection                 = black on bright-white bold
    border                    = white on black
    header                    = black on bright-cyan bold
    status                    = bright-white on blue bold
    key                       = bright-magenta on black bold
    success                   = bright-green on black bold
    warning                   = bright-yellow on black bold
    error                     = bright-red on black bold
    tier-standard             = black on bright-green bold
    tier-important            = black on bright-yellow bold
    tier-specially-designated = bright-white on red bold

    """#

  static let monochromeText = #"""
    # shinsa theme "monochrome": no colour at all, only attributes. Chosen
    # automatically when NO_COLOR is set (unless you name a theme).
    # Selection is reverse and bold; the tier badges add emphasis step by step.
    #
    # Format (the full guide is docs/themes.md):
    #   #  starts a comment; blank lines are ignored.
    #   name = NAME               the theme's name (defaults to the file name)
    #   monochrome = true|false   true: attributes only, no colour at all
    #   ROLE = [COLOUR] [on COLOUR] [ATTRIBUTE ...]
    #                             foreground, then background, then attributes
    # Colours: default (the terminal's own), black red green yellow blue
    #   magenta cyan white, bright-black ... bright-white, color0 ... color255.
    # Attributes: bold underline reverse dim.
    # Roles (every one must be set, once): text muted accent selection border
    #   header status key success warning error tier-standard tier-important
    #   tier-specially-designated.
    # On 8-colour terminals bright-X is drawn as X; colorN becomes the nearest
    #   of the 16 (or 8) basic colours.

    name = monochrome
    monochrome = true

    text                      = default
    muted                     = dim
    accent                    = bold
    selection                 = reverse bold
    border                    = dim
    header                    = reverse
    status                    = reverse
    key                       = bold
    success                   = default
    warning                   = bold
    error                     = bold underline
    tier-standard             = underline
    tier-important            = bold underline
    tier-specially-designated = bold underline reverse

    """#
}
