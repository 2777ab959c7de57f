"""The success story index's listing (being built; see issue 4)."""

from django import forms


class StoryFilterForm(forms.Form):
    pass


def story_index_context(index, request):
    return {"filter_form": StoryFilterForm(request.GET), "stories": []}
