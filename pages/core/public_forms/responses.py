"""The answer to a successful POST: 303 See Other, so a reload does not send the form again."""

from django.http import HttpResponseRedirect


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303
