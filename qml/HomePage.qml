// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// The unlocked workspace. Agencies, assessments and interviews are listed here as they arrive.
Page {
    id: root
    objectName: "homePage"
    background: Rectangle { color: Theme.background }

    header: ToolBar {
        height: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            Label {
                text: qsTr("Baseline")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.headingFont
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                objectName: "lockButton"
                text: qsTr("Lock")
                font.pixelSize: Theme.baseFont
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Lock the workspace")
                onClicked: WorkspaceController.lock()
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.margin
                Layout.preferredWidth: implicitWidth

                Label {
                    text: qsTr("Workspace")
                    font.pixelSize: Theme.headingFont
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "workspaceFolder"
                    text: WorkspaceController.folder
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "emptyState"
                    text: qsTr("No agencies or interviews yet.")
                    font.pixelSize: Theme.baseFont
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("Lock after this many minutes without use")
                        font.pixelSize: Theme.baseFont
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    SpinBox {
                        objectName: "idleMinutes"
                        from: 1
                        to: 120
                        value: WorkspaceController.idleLockMinutes
                        editable: true
                        font.pixelSize: Theme.baseFont
                        Layout.preferredHeight: Theme.touchTarget
                        Accessible.name: qsTr("Minutes without use before the workspace locks")
                        onValueModified: WorkspaceController.idleLockMinutes = value
                    }
                }
                ErrorBanner {
                    objectName: "homeError"
                    text: WorkspaceController.errorMessage
                }
            }
        }
    }
}
