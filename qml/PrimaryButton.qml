// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The one main action of a page: solid, high-contrast, a full touch target. Draws its own background, so it looks
// the same under every style and scene-graph backend (Material's elevation shadow needs shaders the software
// renderer lacks).
Button {
    id: root

    property color fill: Theme.primary

    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.baseFont
    font.bold: true
    Accessible.name: text

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.enabled ? Theme.textOnPrimary : Theme.mutedText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? Theme.disabledFill : root.down ? Qt.darker(root.fill, 1.25) : root.fill
        border.width: root.visualFocus ? 3 : 0
        border.color: Theme.focusRing
    }
}
