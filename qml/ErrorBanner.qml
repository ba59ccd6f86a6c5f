// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts

// A message that says what went wrong and where; announced to screen readers.
Rectangle {
    id: root

    property string text

    visible: text.length > 0
    color: Theme.errorBackground
    radius: Theme.radius
    border.color: Theme.error
    implicitHeight: label.implicitHeight + Theme.spacing * 2
    Layout.fillWidth: true

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Text {
        id: label
        objectName: root.objectName + "Text"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        // Core messages start lower-case so they read well after "baseline-cli: "; a banner starts a sentence.
        text: root.text.length > 0 ? root.text.charAt(0).toUpperCase() + root.text.slice(1) : ""
        color: Theme.error
        font.pixelSize: Theme.baseFont
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
    }
}
