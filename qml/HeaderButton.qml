// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// A button on the primary-coloured bar: white text (the style's default dark text fails contrast there), a full touch
// target, and a visible focus ring for keyboard users.
Button {
    id: root

    flat: true
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.baseFont
    Accessible.name: text

    contentItem: Text {
        text: root.text
        font: root.font
        color: Theme.textOnPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Qt.darker(Theme.primary, 1.3) : root.hovered ? Qt.lighter(Theme.primary, 1.2) : "transparent"
        border.width: root.visualFocus ? 3 : 0
        border.color: Theme.focusRing
    }
}
