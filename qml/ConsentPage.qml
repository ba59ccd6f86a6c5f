// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Baseline.Backend

// The instrument's consent text, read out to the respondent before anything is asked. A refusal stores nothing but
// the count of refusals.
Page {
    objectName: "consentPage"
    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            PageCard {
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.margin
                Layout.preferredWidth: Math.min(Theme.cardMaxWidth * 1.3, parent.width - 2 * Theme.margin)

                Label {
                    text: InterviewController.instrumentTitle
                    font.pixelSize: Theme.headingFont
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Read this to the respondent:")
                    font.pixelSize: Theme.smallFont
                    color: Theme.mutedText
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "consentText"
                    text: InterviewController.consentText
                    font.pixelSize: Theme.baseFont
                    color: Theme.text
                    lineHeight: 1.3
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ErrorBanner { text: InterviewController.errorMessage }
                PrimaryButton {
                    objectName: "consentYes"
                    text: qsTr("The respondent agrees")
                    Layout.fillWidth: true
                    onClicked: InterviewController.consent(true)
                }
                Button {
                    Accessible.name: text
                    objectName: "consentNo"
                    text: qsTr("The respondent declines")
                    font.pixelSize: Theme.baseFont
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: InterviewController.consent(false)
                }
                Button {
                    Accessible.name: text
                    objectName: "consentCancel"
                    text: qsTr("Back")
                    flat: true
                    font.pixelSize: Theme.baseFont
                    Layout.preferredHeight: Theme.touchTarget
                    onClicked: InterviewController.close()
                }
            }
        }
    }
}
