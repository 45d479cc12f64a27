"""Page script for st.navigation; the view lives in explorer.ui.quiz."""

from explorer.ui import quiz

quiz.render()
